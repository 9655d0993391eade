"""Event titles and name tags as grammar: who did what, from the sentence's own words.

Every sentence here is made up for these tests (no sentence of any article or corpus).
Each test names the rule; the before-state is the fault the rule fixed.
"""

from __future__ import annotations

import datetime as dt

from temporal import find_events

REF = dt.date(2025, 7, 1)  # a Tuesday


def _titles(text: str) -> dict[str, str]:
    """Titles by trigger; a verb whose happening noun subject joined its trigger phrase
    ("landslide buried") is found by the verb too."""
    titles = {}
    for e in find_events(text, REF):
        titles[e.trigger] = e.title
        titles.setdefault(e.trigger.split(" ")[-1], e.title)
    return titles


def _event(text: str, trigger: str):
    return next(e for e in find_events(text, REF)
                if e.trigger == trigger or e.trigger.endswith(" " + trigger))


# --- English: whose subject ---------------------------------------------------------

def test_the_subject_of_a_subordinate_clause_is_after_its_conjunction():
    # was "Dozens of homes flattened …": the noun before "after" is the main clause's
    text = "Dozens of homes are still without power after a storm flattened the town on Sunday."
    assert _titles(text)["flattened"].startswith("Storm flattened")
    text = "Officers fired tear gas a day after lawmakers approved the levy on Monday."
    assert _titles(text)["approved"].startswith("Lawmakers approved")


def test_a_phrase_set_off_by_a_comma_is_no_subordinate_clause():
    text = ("A poll in May showed support, but the last survey before the vote, released on "
            "Friday, did not.")
    assert _titles(text)["released"] == "Last survey released"


def test_a_relative_clause_takes_the_noun_it_belongs_to():
    assert _titles("The mayor, who opened the bridge on Friday, praised the builders.")[
        "opened"] == "Mayor opened bridge"
    assert _titles("The rally, which ended on Sunday, was peaceful.")["ended"] == "Rally ended"
    assert _titles("Shells hit the village on Tuesday, breaking a truce that took effect on "
                   "Monday.")["took"] == "Truce took effect"


def test_which_after_an_of_chain_belongs_to_its_head_and_that_to_the_nearest_noun():
    text = ("The council ordered inspections of all 12 schools of the district, which began on "
            "Tuesday.")
    assert _titles(text)["began"] == "Inspections began"
    text = "A court acquitted the driver over the death of a cyclist who was hit by a van in 2023."
    assert _titles(text)["hit"].startswith("Cyclist hit by van")


def test_a_subject_separated_from_its_verb_by_an_aside():
    assert _titles("The old ferry, launched in 1961, was retired on Monday.")[
        "retired"] == "Old ferry retired"
    text = "The interim mayor, Petra Holm, whose party lost the vote, resigned on Friday."
    assert _titles(text)["resigned"] == "Holm resigned"
    text = "The package, the third since the flood in May 2024, was approved by donors on Monday."
    assert _titles(text)["approved"].startswith("Package approved by donors")


def test_a_short_phrase_after_the_subject_stays_and_a_name_inside_one_is_no_subject():
    # was "Island of Tavo cancelled", "Port rose to record", "Velmar declared …"
    assert _titles("Ferries to the island of Tavo were cancelled on Sunday.")[
        "cancelled"] == "Ferries to island of Tavo cancelled"
    assert _titles("Exports through the port rose to a record in June.")[
        "rose"] == "Exports through port rose to record"
    assert _titles("The electoral board of Velmar on Monday declared the result void.")[
        "declared"] == "Electoral board of Velmar declared result void"


def test_a_firm_before_an_aside_is_named_whole_and_an_opening_adverb_is_no_subject():
    # was "Works closed …", "Owns posted loss", "Additionally reported …"
    text = "Halden Works, whose shares began trading in August, closed on Monday at 26 dollars."
    assert _titles(text)["closed"] == "Halden Works closed at 26 dollars"
    text = ("Arvik Holdings, which owns 40% of the nation's largest shipyard, posted a loss "
            "on Monday.")
    assert _titles(text)["posted"] == "Arvik Holdings posted loss"
    assert _titles("The company's acquisition of Norfield on Monday surprised analysts.")[
        "surprised"].startswith("Company's acquisition of Norfield")


def test_a_coordinated_verb_shares_the_first_verbs_subject():
    # was "Arrested its driver", "Charged"
    text = "Border guards stopped the lorry near the crossing and arrested its driver on Thursday."
    assert _titles(text)["arrested"] == "Border guards arrested driver"
    text = "Weller was suspended after the audit and charged in March 2024."
    assert _titles(text)["charged"] == "Weller charged"
    text = "Witnesses said officers beat the marchers and detained at least 20 on Friday."
    assert _titles(text)["detained"].startswith("Officers detained")


def test_they_in_what_a_reporter_said_is_the_reporter():
    # was "Arrested 11 people …"
    text = "Police said they had arrested 11 people in the port city of Varo overnight."
    assert _titles(text)["arrested"].startswith("Police arrested 11 people")


def test_a_clause_split_by_quotes_still_shares_its_first_verbs_subject():
    # was "Set up water authority"
    text = 'The council has vowed to "clean up the river" and last month set up a water authority.'
    assert _titles(text)["set"] == "Council set up water authority"


def test_states_before_the_verb_is_a_noun_and_a_relative_keeps_its_adverb():
    # was "Opened summit in Quito", "First won office"
    text = "Leaders of five Andean states opened a summit in Quito on Thursday."
    assert _titles(text)["opened a summit"].startswith(
        "Leaders of five Andean states opened summit")
    assert _titles("Holm, who first won office in 2011, lost the vote on Sunday.")[
        "won"] == "Holm first won office"


def test_two_bodies_are_named_whole_and_a_subject_never_crosses_another_verb():
    # was "Union called for calm", "Weber and Russia pounded …"
    text = "The United States and the European Union called on Wednesday for calm."
    assert _titles(text)["called"] == "United States and European Union called for calm"
    text = ("Rain fell after Mayor Ida Weber opened the dam and the river flooded the "
            "lower town on Monday.")
    assert _titles(text)["flooded"].startswith("River flooded")


def test_a_subject_after_a_subordinating_conjunction_keeps_its_phrase_and_particle():
    # was "Regional bank fell"
    text = "The bridge plan stalled after funding from a regional bank fell through in 2019."
    assert _titles(text)["fell"] == "Funding from regional bank fell through"
    assert _titles("The case began in 2015.")["began"] == "Case began"


def test_an_appositive_name_after_a_role_belongs_to_the_subject():
    # was "Kask signed accord"
    text = ("Finnish President Anna Virtanen and her Estonian counterpart, Mart Kask, "
            "signed the accord on Monday.")
    assert _titles(text)["signed"] == "Virtanen and Kask signed accord"


def test_it_after_a_conjunction_is_the_noun_before_it_or_the_main_subject():
    text = "Customs officers boarded the ship after it docked on Friday."
    assert _titles(text)["docked"] == "Ship docked"
    assert _titles("The cyclone weakened as it moved inland on Thursday.")[
        "moved"] == "Cyclone moved inland"


def test_have_since_is_an_adverb_and_the_two_states_a_noun():
    text = "Three patients have since died, one on Friday and one on Sunday, the hospital said."
    assert _titles(text)["died"] == "Three patients died"
    text = "Riots broke out in 1990, two years before the two states became independent in 1992."
    assert _titles(text)["became"] == "Two states became independent"


def test_a_possessor_before_a_noun_says_who():
    # was "Meeting with Tomas Lind"
    text = "“Helga Berg’s meeting with Tomas Lind on Tuesday was cordial,” her office said."
    assert _titles(text)["meeting"] == "Helga Berg’s meeting with Tomas Lind"
    text = "Norway's fishing union called a nationwide warning strike for Thursday."
    assert _titles(text)["called"] == "Norway's fishing union called nationwide warning strike"


# --- English: what was done ---------------------------------------------------------

def test_a_phrasal_verb_keeps_its_particle_and_partner():
    # was "Suspect broke"
    text = "Sometime after 3 a.m. on May 4, the suspect broke in and stole two paintings."
    assert _titles(text)["broke"] == "Suspect broke in and stole two paintings"


def test_the_object_of_a_relative_clause_is_its_antecedent():
    text = "The company raised its offer to 5 percent, which the union rejected on Monday."
    assert _titles(text)["rejected"] == "Union rejected offer"
    text = "The truce that the two sides signed in March collapsed on Monday."
    titles = _titles(text)
    assert titles["signed"] == "Two sides signed truce"
    assert titles["collapsed"] == "Truce collapsed"


def test_a_ruling_keeps_what_it_ruled():
    assert _titles("A tribunal ruled on Friday that the contract was void.")[
        "ruled"] == "Tribunal ruled contract was void"
    assert _titles("A panel ruled on Friday that neither side could claim the island.")[
        "ruled"] == "Panel ruled neither side could claim island"


def test_a_bare_noun_says_what_it_did_in_its_relative_clause():
    # was "Smaller eruption", "Offensive"
    text = ("Villages were evacuated after a smaller eruption on Thursday, which covered the "
            "valley in ash.")
    assert _titles(text)["eruption"] == "Smaller eruption covered valley in ash"
    text = "It followed the March offensive, in which army units pushed rebels out of three towns."
    assert _titles(text)["offensive"] == "Offensive: army units pushed rebels out of three towns"


def test_what_was_found_is_cut_at_the_limit_rather_than_dropped():
    # was "Audit found" ("inspection" is a happening's noun of its own since round 9)
    text = ("The fraud came to light after an audit in 2021 found that invoices worth "
            "3 million euros had been paid twice.")
    assert _titles(text)["found"].startswith("Audit found invoices worth 3 million euros")


def test_a_noun_subject_keeps_room_for_what_it_did():
    # was "Fire at chemical warehouse in industrial port of Kessel injured"
    text = ("A fire at a chemical warehouse in the industrial port of Kessel injured six workers "
            "on Sunday.")
    assert _titles(text)["fire"] == "Fire at chemical warehouse injured six workers"


def test_a_noun_reporting_word_is_part_of_the_object():
    assert _titles("It issued a warning to all banks on Wednesday.")[
        "issued"] == "Issued warning to all banks"
    text = ("The minister resigned in a brief statement at the ministry shortly before noon on "
            "Monday.")
    assert _titles(text)["resigned"] == "Minister resigned in brief statement at ministry"


def test_no_dangling_adverb_or_cut_off_distance_ends_a_title():
    text = ("The mayor conceded defeat in a speech at his headquarters shortly before midnight on "
            "Sunday.")
    assert not _titles(text)["conceded"].endswith("shortly")
    text = "A drone struck a refinery some 900 kilometers (560 miles) from the border on Tuesday."
    assert _titles(text)["struck"] == "Drone struck refinery"


def test_a_bare_passive_says_which_one_by_an_earlier_mention():
    # was "Stadium built"; in Russian and Ukrainian a title keeps to its sentence's words
    text = ("A stand of the stadium in the city of Norvik collapsed on Monday. "
            "The stadium, built in 1968, held 20,000 people.")
    assert _titles(text)["built"] == "Stadium in Norvik built"
    text = "Дрони атакували завод «Вектор» 3 березня. Сам завод засновано 1961 року."
    assert _titles(text)["засновано"] == "Завод засновано"


def test_a_quoted_name_inside_the_object_stays():
    # was "Drones struck": the quotes cut the phrase
    assert _titles('Drones struck the "Vega" plant on Monday.')[
        "struck"] == "Drones struck Vega plant"
    text = "Дрони атакували завод «Вектор» 3 березня."
    assert _titles(text)["атакували"] == "Дрони атакували завод Вектор"


def test_no_date_of_any_expression_stays_in_a_title():
    # was "Police arrested two men day after drones attacked plant", "… plant on Tuesday"
    titles = _titles("Police arrested two men a day after drones attacked the depot on Tuesday.")
    assert titles["arrested"] == "Police arrested two men"
    assert titles["attacked"] == "Drones attacked depot"
    text = ("Drones hit the plant on Tuesday. Hours later, a drone attack on the depot on "
            "Wednesday killed two.")
    assert all("Wednesday" not in t and "Hours" not in t for t in _titles(text).values())


def test_no_title_opens_with_a_conjunction_or_a_lowercase_fragment():
    for text in ("The storm weakened on Sunday and was downgraded on Monday.",
                 "Ryland became a partner of the firm in 1996 and became its chairman in 2004."):
        for event in find_events(text, REF):
            first = event.title.split()[0]
            assert first.casefold() not in ("and", "but", "or") and len(event.title.split()) > 1


# --- Russian and Ukrainian ----------------------------------------------------------

def test_a_place_keeps_its_preposition_in_russian_and_ukrainian():
    # was "Казани прошли учения спасателей", "Львові пролунали вибухи"
    assert _titles("В Казани 3 марта прошли учения спасателей.")[
        "прошли"] == "В Казани прошли учения спасателей"
    assert _titles("У Львові 5 травня пролунали вибухи.")[
        "пролунали"] == "У Львові пролунали вибухи"


def test_a_happening_with_its_place_phrase_is_the_subject():
    # was "Порт сталася"
    assert _titles("Попередня атака на порт сталася в понеділок.")[
        "сталася"].casefold().endswith("атака на порт сталася")
    assert _titles("Предыдущая атака на порт произошла в понедельник.")[
        "атака"] == "Предыдущая атака на порт произошла"


def test_no_title_opens_with_a_conjunction_or_an_emphatic_word():
    # was "А строительство моста началось", "Саме місто засновано"
    assert _titles("А строительство моста началось в 2019 году.")[
        "началось"] == "Строительство моста началось"
    assert _titles("Саме місто засновано 1780 року.")["засновано"] == "Місто засновано"


def test_a_verb_the_lexicon_reads_as_a_noun_keeps_its_subject_and_a_body_is_named_whole():
    # was "Возобновятся", "ООН скликали"
    assert _titles("Занятия возобновятся в четверг, 30 января.")[
        "возобновятся"] == "Занятия возобновятся"
    event = _event("Засідання Радбезу ООН скликали на вечір 6 червня.", "скликали")
    assert event.title.startswith("Засідання Радбезу ООН скликали")
    assert event.actors == ("Засідання Радбезу ООН",)


def test_no_title_runs_over_a_comma_and_a_conjunction_into_another_clause():
    # was "Глава района провел совещание а он посетит пострадавшие села"
    text = "Утром 3 марта глава района провел совещание, а 5 марта он посетит пострадавшие села."
    assert all(" а " not in e.title for e in find_events(text, REF))


def test_inflected_names_are_no_actor_tags():
    # was "Татарстана Рустам Минниханов", "Мережу"
    event = _event("Об этом 3 марта сообщил глава Татарстана Рустам Минниханов.", "этом")
    assert event.actors == ("Рустам Минниханов",)
    event = _event("4 березня росіяни виклали у Мережу відео удару.", "виклали")
    assert "Мережу" not in event.actors
    event = _event("Глава Удмуртии Александр Бречалов 3 марта провел совещание.", "провел")
    assert event.actors == ("Александр Бречалов",)
    event = _event("Губернатор Андрей Воробьев 3 марта посетил Коломну.", "посетил")
    assert event.actors == ("Андрей Воробьев",) and event.title == "Воробьев посетил Коломну"


# --- Arabic -------------------------------------------------------------------------

def test_a_guessed_arabic_trigger_that_is_a_place_titles_its_clause():
    # was "بيروت" alone: the guess fell on the city the delegation reached
    event = _event("وصل الوفد إلى بيروت يوم الاثنين 20 يناير.", "بيروت")
    assert event.title == "وصل الوفد إلى بيروت"
    assert event.places == ("Beirut",)


# --- Name tags ----------------------------------------------------------------------

def test_a_person_after_a_title_word_is_the_tag():
    # was "Harbour Governor Jonas Pike", "Reporters Ana Sole"
    text = "Port Governor Jonas Pike closed the harbour on Monday."
    assert "Jonas Pike" in _event(text, "closed").actors
    text = "Reporters Ana Sole and Ivo Kerrigan were detained on Monday."
    assert _event(text, "detained").actors == ("Ana Sole", "Ivo Kerrigan")


def test_an_unknown_name_after_in_or_near_or_town_of_is_a_place():
    text = "A landslide buried three houses near Velmoor on Monday."
    event = _event(text, "buried")
    assert "Velmoor" in event.places and "Velmoor" not in event.actors
    event = _event("Floods cut off the town of Brisk on Monday.", "cut")
    assert "Brisk" in event.places


def test_a_capitalised_word_glued_to_a_known_place_is_no_tag_of_its_own():
    # was a place tag "Lower" beside "Austria"
    event = _event("Floods hit villages in Lower Austria on Sunday.", "hit")
    assert "Lower" not in event.places + event.actors


def test_a_bare_noun_takes_its_in_which_clause_with_a_long_hedged_subject():
    [barrage] = find_events("The call came after the weekend barrage, in which more than 300 "
                            "drones and a dozen missiles were launched at the eastern region.",
                            REF)
    assert barrage.title == "Barrage: 300 drones and dozen missiles launched at eastern region"


def test_may_inside_a_sentence_is_the_month_not_the_modal():
    [raid] = find_events("It followed the May raid, in which two men were arrested.", REF)
    assert (raid.trigger, raid.value) == ("raid", "2025-05")
    [attack] = find_events("The May attack killed two.", REF)
    assert (attack.trigger, attack.value) == ("attack", "2025-05")
    assert find_events("Rebels may attack the town.", REF) == []


# --- English: names whole, signs kept, the head of a phrase chain ---------------------------

def test_a_body_is_named_whole_and_no_word_that_begins_like_a_month_is_a_date():
    # was "Fund approved 940 million loan" ("Monetary" read as Monday), "Union imposed"
    assert _titles("On Monday the International Monetary Fund approved a $940 million loan.")[
        "approved"] == "International Monetary Fund approved $940 million loan"
    assert _titles("On Sunday the European Union imposed new sanctions on the regime.")[
        "imposed"].startswith("European Union imposed")
    event = _event("The Supreme Court struck down the decree on Friday.", "struck down")
    assert event.title.startswith("Supreme Court struck down")


def test_a_title_keeps_the_signs_and_possessives_its_words_need():
    # was "Bread prices rose" (the number read as a day of "on Monday"), "three of country
    # busiest airports", "at parents home"
    assert _titles("Bread prices rose 2% on Monday.")["rose"] == "Bread prices rose 2%"
    title = _titles("A fire closed two of the city's largest markets on Monday.")["closed"]
    assert "city's largest markets" in title
    title = _titles("Police arrested the suspect at his parents' farm on Sunday.")["arrested"]
    assert title.endswith("at parents' farm")
    # a date's possessive goes with the date
    assert "’s" not in _titles("Mara Voss won Sunday’s runoff with 54 percent.")["won"]


def test_the_subject_is_the_head_of_a_chain_of_phrases_not_a_name_inside_them():
    # was "Plant in Ostrava walked", "Lviv region to return to work", "Bavaria held …"
    assert _titles("Workers at the plant in Ostrava walked out on Tuesday.")[
        "walked out"] == "Workers at plant in Ostrava walked out"
    assert _titles("Teachers at state schools in the Lviv region will return to work "
                   "on Monday.")["return"] == "Teachers to return to work"
    assert _titles("Last week, nurses in Bavaria held a one-day strike.")[
        "held a one-day strike"].startswith("Nurses in Bavaria held")


def test_no_clause_is_cut_short_after_its_verb_and_a_subject_starts_after_and():
    # was "Suspect detained at airport as he tried", "Boat sank died"
    title = _titles("The suspect was detained at the main airport of the capital on Tuesday "
                    "as he tried to board a flight.")["detained"]
    assert title == "Suspect detained at main airport of capital"
    assert _titles("In May, a fishing boat sank near the same reef and 14 sailors died.")[
        "died"] == "14 sailors died"


def test_a_frame_of_a_coming_happening_keeps_its_subject():
    # was "Debate bill", "Visit Kyiv"
    assert _titles("Parliament is due to debate a bill next month.")[
        "debate"] == "Parliament to debate bill"
    assert _titles("The minister is set to visit Kyiv next week.")[
        "visit"] == "Minister to visit Kyiv"


def test_him_is_the_person_the_article_last_named_and_an_age_is_an_aside():
    # was "Prosecutors charged him with fraud", "Berg ordered Tom Lind"
    text = ("Businessman Karl Brenner was detained at his home on Monday. "
            "On Tuesday prosecutors charged him with fraud.")
    assert _titles(text)["charged"] == "Prosecutors charged Brenner with fraud"
    assert _titles("Judge Anna Berg ordered Tom Lind, 61, to repay the money on Monday.")[
        "ordered"] == "Berg ordered Tom Lind to repay money"


def test_a_participle_after_a_comma_takes_its_clauses_subject():
    # was "Kozani killing five people": the name before the comma
    title = next(e.title for e in find_events(
        "The last crash was in 2009, when a bus went off the road near Tarvo, killing six people.",
        REF) if e.trigger == "killing")
    assert title == "Bus killing six people"


def test_a_clause_after_and_with_its_own_count_is_its_own_subject():
    # was "Engine room injured": the phrase of the verb before "and"
    text = ("A cargo ship struck a sea mine on Tuesday. Two Filipino sailors working in the "
            "engine room were killed in the blast at 9 a.m. and three others were injured.")
    assert _titles(text)["injured"] == "Three others injured"
    # a date opening the sentence is no part of the subject's phrase
    assert _titles("On Monday talks between the government and the rebels collapsed.")[
        "collapsed"] == "Talks collapsed"


def test_a_duration_before_after_is_no_interval_date():
    # was "Hearing suspended for two": "two hours after" read as an interval
    assert _titles("On Wednesday the hearing was suspended for two hours after a protester "
                   "threw eggs at the dock.")["suspended"] == "Hearing suspended for two hours"


def test_he_in_what_a_person_testified_is_that_person_and_a_firm_is_no_antecedent():
    # was "Signed transfers …" (the reporter not found past "by video link")
    text = "On Tuesday, a former finance director testified by video link that he had signed " \
           "transfers on the owner's orders."
    assert _titles(text)["signed"].startswith("Former finance director signed transfers")
    # "he" after police is not the police
    assert not _titles("Police said on Monday that he had fled the country.")[
        "fled"].startswith("Police")
    # was "Lines arrested …": a firm named last is no "he"; the man named by surname is
    text = ("Shipping magnate Lev Varga lost a ruling on Friday. "
            "Varga left the country in 2023, after Ostra Lines collapsed in August 2023. "
            "He was arrested at the airport in January.")
    assert _titles(text)["arrested"] == "Varga arrested at airport"


def test_a_participle_after_the_opening_noun_is_a_relative_clause_not_the_subject():
    # was "Year in Zarvania freed …", "Ordered inquiry …" ("a televised address" read as
    # the first verb), "Man arrested in Lviv was sentenced …"
    assert _titles("Two Western journalists held for more than a year in Zarvania were freed "
                   "on Friday in a prisoner exchange.")["freed"].startswith(
        "Two Western journalists freed")
    assert _titles("In a televised address late on Tuesday, President Samuel Kiptoo called for "
                   "calm and ordered an inquiry into police conduct.")["ordered"].startswith(
        "Kiptoo ordered inquiry")
    titles = _titles("A man arrested in 2019 in Lviv was sentenced on Friday to six years.")
    assert titles["sentenced"] == "Man sentenced to six years"
    assert "sentenced" not in titles["arrested"]


def test_it_opening_a_sentence_is_what_the_sentence_before_was_about():
    # was "Opened with prosecutors …": "It" dropped with nothing in its place
    text = "The hearing followed a tense week. It opened on Monday with the prosecution's case."
    assert _titles(text)["opened"].startswith("Hearing opened")
    # not a subject that does not open its sentence, nor "No one"
    text = "No diplomats were hurt. It summoned the ambassador on Tuesday."
    assert not _titles(text)["summoned"].startswith("No")


def test_a_report_after_a_comma_is_no_part_of_what_happened():
    # was "17 people died police", "Temperatures fell below freezing state operator"
    text = "A ferry capsized in a storm late on Tuesday, and at least 17 people died, police said."
    assert _titles(text)["died"] == "17 people died"


def test_him_is_the_storys_subject_over_a_person_named_once_in_passing():
    # was "Police took Ortiz into custody": the judge named last, not the accused
    text = ("Mark Dalby pleaded guilty on Wednesday to setting fire to a warehouse. "
            "Dalby had been due to go on trial in August. Dalby broke in at night in 2023. "
            "Judge Lena Ortiz set a sentencing hearing for August 3. "
            "Police took him into custody on Jan. 5, 2024.")
    assert _titles(text)["took"].startswith("Police took Dalby into custody")
