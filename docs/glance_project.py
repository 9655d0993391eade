"""An invented chronology for README's screenshots: 44 events over 2014-2025.

Made up for the pictures (no article text is copied): a port city's conflict
over twelve years, sparse early on and dense in 2025, as analysts' timelines
tend to be, with actors, places and topics as tags, so the screenshots show
what the table and the chart do with long titles, many tags and empty years.
"""

from __future__ import annotations

# (date as typed, title, tags)
EVENTS = (
    ("Mar 2014", "Port authority changes hands after the regional vote",
     "actor:Port authority, place:Harbour district, topic:governance"),
    ("2014-08-24", "First shelling of the eastern suburbs",
     "place:Eastern suburbs, topic:shelling"),
    ("Q1 2015", "Ceasefire line drawn along the river", "topic:ceasefire, place:River line"),
    ("2015-09-12", "Grain terminal reopens under monitors",
     "actor:Monitoring mission, place:Grain terminal, topic:trade"),
    ("2016", "Monitoring mission doubles its patrols", "actor:Monitoring mission"),
    ("2016-11-03", "Rail bridge repaired with donor money", "place:Rail bridge, topic:repairs"),
    ("summer 2017", "Power cuts across the harbour district",
     "place:Harbour district, topic:energy"),
    ("2017-12-19", "Prisoner exchange at the river crossing",
     "actor:Red Cross, place:River line, topic:prisoners"),
    ("2018-05-07", "Dock workers strike over unpaid wages", "actor:Dock union, topic:strike"),
    ("H2 2018", "Shipping insurance premiums rise", "topic:trade, topic:insurance"),
    ("2019-04-21", "New mayor elected on a reconstruction ticket",
     "actor:City council, topic:governance"),
    ("2019-10-30", "Desalination plant opens", "place:North shore, topic:water"),
    ("2020-03-16", "Port closes to passenger ferries in the pandemic",
     "actor:Port authority, topic:health"),
    ("2020-09", "Ferries return on a reduced timetable", "actor:Ferry company, topic:trade"),
    ("2021-06-02", "Breakwater survey finds storm damage", "place:Breakwater, topic:repairs"),
    ("2022-02-24", "Full-scale offensive reaches the coast",
     "topic:offensive, place:Coastal road"),
    ("2022-04", "Civilians evacuated by sea", "actor:Red Cross, topic:evacuation"),
    ("2022-07-22", "Grain corridor agreement signed", "topic:trade, topic:diplomacy"),
    ("2023-06-06", "Dam breach floods the lower town", "place:Lower town, topic:flood"),
    ("2023-11", "Winter energy plan announced", "actor:City council, topic:energy"),
    ("2024-02-14", "Drone strike on the fuel depot", "place:Fuel depot, topic:drones"),
    ("2024-05-09", "Air defence battery deployed to the harbour",
     "actor:Army, place:Harbour district, topic:air defence"),
    ("2024-08", "Container traffic back to half of pre-war levels", "topic:trade"),
    ("2024-11-17", "Overnight attack cuts power to the port", "topic:energy, topic:drones"),
    ("2025-01-08", "Talks on a maritime truce open in Istanbul",
     "actor:Foreign ministers, place:Istanbul, topic:diplomacy"),
    ("2025-01-27", "Mediators circulate a draft truce text", "actor:Mediators, topic:diplomacy"),
    ("2025-02-11", "Ferry hit by debris near the breakwater",
     "actor:Ferry company, place:Breakwater"),
    ("2025-03-03", "Harbour master reports mines cleared from the channel",
     "actor:Port authority, topic:demining"),
    ("2025-03-19", "Energy infrastructure truce agreed for thirty days",
     "topic:energy, topic:ceasefire"),
    ("2025-04-18", "Truce breached by a strike on the substation",
     "place:North shore, topic:energy"),
    ("2025-05-02", "Dock union calls off its strike", "actor:Dock union, topic:strike"),
    ("2025-05-16", "Prisoner exchange of 390 people", "actor:Red Cross, topic:prisoners"),
    ("2025-06-01", "Long-range drones hit airfields far behind the front",
     "topic:drones, actor:Army"),
    ("2025-06-10", "Insurers cut premiums for grain ships", "topic:insurance, topic:trade"),
    ("2025-W26-WE", "Weekend barrage on the harbour district",
     "actor:Army, place:Harbour district, topic:shelling"),
    ("2025-06-30", "Emergency session of the city council", "actor:City council"),
    ("2025-07-01", "Foreign ministers speak by phone", "actor:Foreign ministers, topic:diplomacy"),
    ("2025-07-09", "Largest drone attack of the year on the city", "topic:drones"),
    ("2025-07-15", "Grain terminal resumes night loading", "place:Grain terminal, topic:trade"),
    ("2025-07-23", "Third round of talks ends without agreement",
     "actor:Foreign ministers, place:Istanbul, topic:diplomacy"),
    ("2025-08", "Breakwater repairs begin", "place:Breakwater, topic:repairs"),
    ("2025-08-15", "Summit on the truce held abroad", "actor:Heads of state, topic:diplomacy"),
    ("2025-09-01", "Schools open with shelters in every building", "topic:education"),
    ("Q4 2025", "Port expansion tender planned", "actor:Port authority, topic:trade"),
)


def add_events(project) -> list[int]:
    """The chronology into ``project``; the new events' ids."""
    from storage.tags import parse_tags
    from temporal.dates import parse_date

    return [int(project.events.add(title, parse_date(typed), tags=parse_tags(tags)))
            for typed, title, tags in EVENTS]
