"""The trainer's documents in the README's pictures: a welding workshop's safety handbook, a solar PV lesson plan,
and a trainer's guide to safe isolation that a (sample) catalogue item carries. Written for the pictures; the
centre named in them is made up."""

from __future__ import annotations

CENTRE = "Riverside Technical College (sample)"

WELDING = ("Welding Workshop Safety Handbook", [
    ("Level 2 Fabrication and Welding", [
        "This handbook is for apprentices and trainers in the fabrication and welding workshop. Read it before "
        "your first practical session and keep it in your kit bag: the assessor will ask you about it.",
        "Each section ends with the checks you make yourself. A trainer signs the log only when the checks "
        "were done in front of them.",
        "Contents: workshop rules (p. 2), protective equipment (p. 3), fire and the hot work permit (p. 4), gas "
        "cylinders (p. 5), electrical safety (p. 6), fumes (p. 7), arc flash (p. 8), burns (p. 9), noise and "
        "lifting (p. 10), confined spaces (p. 11), the extraction check (p. 12), housekeeping (p. 13) and the "
        "assessment checklist (p. 14)."]),
    ("1. Workshop rules", [
        "Nobody welds alone. A second person who knows where the isolator and the fire blanket are stays "
        "within sight and earshot for the whole session.",
        "Report every near miss to the trainer on the day, even when nobody was hurt. Near misses tell us "
        "which rule is hard to keep.",
        "Mobile phones stay in the lockers. Food and drink stay in the rest room."]),
    ("2. Personal protective equipment", [
        "Wear a welding helmet with the filter shade the process needs: shade 10 to 13 for manual metal arc "
        "welding, depending on the current. Check the lens for cracks before you start.",
        "Leather gauntlets, a flame-retardant jacket or leather apron, and safety boots with steel toe caps "
        "are worn by everyone in the bay, including the person watching.",
        "Synthetic clothing melts onto the skin. Wear cotton or wool under your jacket, and no frayed cuffs or "
        "open pockets that can catch spatter."]),
    ("3. Fire prevention and the hot work permit", [
        "Hot work outside the welding bays needs a hot work permit signed by the workshop supervisor. The "
        "permit names the place, the time, the fire watch and the extinguisher nearest to the work.",
        "Clear combustible material for 10 metres around the work, or cover what cannot be moved with a fire "
        "blanket. Look below the work too: sparks fall through gaps in floors and gratings.",
        "The fire watch stays for at least 60 minutes after the last weld, because smouldering material can "
        "take that long to flare up."]),
    ("4. Gas cylinders", [
        "Store cylinders upright, chained to the wall, with oxygen kept at least 3 metres away from fuel gases "
        "or behind a fire-resistant wall.",
        "Open the valve slowly and never stand in front of the regulator. Use a flashback arrestor on both "
        "the oxygen and the acetylene line.",
        "Test hose connections with leak detection fluid, never with a flame."]),
    ("5. Electrical safety for arc welding", [
        "Inspect the leads, the electrode holder and the return clamp before each session. A damaged lead is "
        "tagged and handed to the trainer; it is not taped up.",
        "Keep the work area dry. Stand on a dry rubber mat when welding in damp conditions and never change an "
        "electrode with wet gloves.",
        "Switch the welding set off at the isolator before you move it or change its settings."]),
    ("6. Fumes and ventilation", [
        "Welding fume contains fine metal particles that are harmful to the lungs. Stainless steel and "
        "galvanised work give off the most dangerous fume.",
        "Use the local fume extraction in every bay. Place the hood close to the arc, no more than two hood "
        "diameters away, and keep your head out of the plume.",
        "If the extraction is not working, do not weld. Tell the trainer and move to another bay."]),
    ("7. Eye protection and arc flash", [
        "Arc flash burns the surface of the eye in seconds. The pain starts hours later, often at night.",
        "Close the welding screens around your bay before you strike an arc, and warn others by saying "
        "\"covering\" before each weld.",
        "Wear safety glasses under your helmet: chipping slag and grinding throw fragments."]),
    ("8. Burns and first aid", [
        "Cool a burn under cool running water for 20 minutes. Remove rings and watches near the burn before "
        "it swells.",
        "Do not put creams, butter or ice on a burn, and do not burst blisters.",
        "The first aid kit and the eye wash station are beside the workshop door. Know who the first aider is "
        "on each day."]),
    ("9. Noise and manual handling", [
        "Grinding and air-arc gouging are louder than 85 dB. Wear ear defenders in the bay whenever anyone is "
        "grinding.",
        "Lift plate and sections with your knees bent and the load close to your body. Ask for help or use the "
        "lifting table for anything over 20 kg."]),
    ("10. Confined spaces", [
        "Welding inside a tank, a vessel or a pit is work in a confined space. Apprentices do not do it during "
        "the course.",
        "Gas can collect in low places. Oxygen enrichment from a leaking hose makes clothing burn fiercely."]),
    ("11. Checking the fume extraction before each session", [
        "Before each session, switch the fume extraction on and hold a strip of paper at the mouth of the "
        "hood: it must be drawn in firmly. If it only flutters, the filter is blocked or the duct is damaged.",
        "Check that the extraction arm stays where you put it. An arm that drops away from the work stops "
        "protecting you after a few minutes.",
        "Write the result of the check in the bay log with the date and your initials. The trainer checks the "
        "log at the start of the week, and the fume extraction is serviced every six months."]),
    ("12. Housekeeping and waste", [
        "Put electrode stubs in the stub bin, not on the floor: they roll and cause falls.",
        "Quench hot offcuts before they go into the scrap bin, and mark hot metal with chalk: \"HOT\".",
        "Sweep the bay at the end of the session and coil the leads."]),
    ("13. Assessment checklist", [
        "[ ] Helmet shade right for the process; lens not cracked",
        "[ ] Gauntlets, jacket, boots; no synthetic clothing",
        "[ ] Fume extraction tested with a paper strip and logged",
        "[ ] Leads, holder and return clamp inspected",
        "[ ] Screens closed; \"covering\" said before each weld",
        "[ ] Hot offcuts quenched and marked; bay swept"]),
])

SOLAR = ("Solar PV Installer: Lesson Plan, Session 4", [
    ("Mounting and wiring a small off-grid system", [
        "Group: Solar PV installation, level 3, 12 learners. Duration: 3 hours in the training yard.",
        "Learning outcome: learners mount two 400 W panels on the training frame, wire them in series to a "
        "charge controller and a battery, and measure the open-circuit voltage safely.",
        "Resources: training frame, two panels, MC4 connectors and crimp tool, a 40 A MPPT charge controller, "
        "a 12 V battery bank, a multimeter rated CAT III 1000 V, insulated gloves."]),
    ("Plan of the session", [
        "0:00 Safety briefing (15 minutes). A panel in daylight is always live: cover it with an opaque sheet "
        "before connecting it, and never disconnect a connector under load.",
        "0:15 Demonstration (20 minutes): the trainer mounts one panel and shows how to torque the clamps to "
        "the value on the data sheet.",
        "0:35 Practical work in pairs (90 minutes): each pair mounts, wires and labels its string.",
        "2:05 Measurements (30 minutes): open-circuit voltage and short-circuit current compared with the "
        "panel's data sheet, corrected for the panel temperature.",
        "2:35 Review (25 minutes): what went wrong, and why the order of connection matters."]),
    ("Order of connection", [
        "Connect the battery to the charge controller first, so that the controller can tell the system "
        "voltage. Then connect the panels.",
        "Disconnect in the reverse order: panels first, then the battery.",
        "Learners say each step aloud before they do it; the trainer stops the pair if a step is missed."]),
    ("Assessment", [
        "Observation checklist: the string is mounted square and the clamps are torqued; polarity is checked "
        "with the meter before the controller is connected; cables are supported and labelled.",
        "Questions: why must the panel be covered? What happens to the open-circuit voltage on a cold "
        "morning?"]),
])

ISOLATION = ("Safe Isolation of Electrical Circuits: a Trainer's Guide", [
    ("Why this guide", [
        "Most electrical accidents in training workshops happen on circuits that someone believed were dead. "
        "This guide gives trainers one procedure to teach, demonstrate and assess the same way every time.",
        "It follows the order that learners will meet on site: identify, isolate, lock, prove, test, prove."]),
    ("1. Identify the circuit", [
        "Ask the learner to find the circuit on the distribution board chart and to confirm it at the point "
        "of work. A chart can be out of date; the circuit at the point of work is what counts."]),
    ("2. Isolate and lock off", [
        "Switch off the protective device and fit a lock that only the learner holds the key to. Put a warning "
        "label on the lock with the learner's name and the date.",
        "A learner who leaves the workshop takes the key with them. Nobody cuts a lock without the head of "
        "department."]),
    ("3. Prove the tester", [
        "Before testing, prove the voltage indicator on a known live source or a proving unit. A tester that "
        "has failed shows \"dead\" on a live circuit."]),
    ("4. Test for dead", [
        "Test between every pair of conductors and between each conductor and earth: line-neutral, "
        "line-earth, neutral-earth on a single-phase circuit.",
        "Then prove the tester again on the proving unit. Only now may work start."]),
    ("5. Assessing safe isolation", [
        "Assess each learner alone, on a circuit that the trainer has prepared. Score the order of the steps "
        "as well as the steps: a test made before the lock is fitted is a fail.",
        "Keep the record with the learner's portfolio."]),
])

HANDOUT = """Safe isolation — pocket card

1. Identify the circuit at the point of work.
2. Switch off and lock off. Your lock, your key.
3. Prove the tester on a proving unit.
4. Test for dead between every pair of conductors.
5. Prove the tester again.
Only then: start work.
"""
