from __future__ import annotations

from datetime import date, time

from feed.extract.dates import resolve_mention
from feed.extract.en_dates import find_dates


def spans(text: str, reference: date, future: bool = False):
    found = []
    for mention in find_dates(text):
        mention.future = future
        found.append(resolve_mention(mention, reference))
    return found


def test_month_ranges():
    reference = date(2022, 9, 21)
    assert spans("held from Sept. 19-22 in Urumqi", reference) == [(date(2022, 9, 19), date(2022, 9, 22))]
    assert spans("from May 28 to May30", date(2016, 5, 28)) == [(date(2016, 5, 28), date(2016, 5, 30))]
    assert spans("on Aug 5 and 6", date(2023, 7, 30), future=True) == [(date(2023, 8, 5), date(2023, 8, 6))]


def test_a_weekday_in_a_report_is_the_last_one():
    assert spans("opened on Monday", date(2021, 10, 12)) == [(date(2021, 10, 11), None)]


def test_a_weekday_in_an_announcement_is_the_next_one():
    assert spans("set for Monday, Tuesday, and Wednesday", date(2006, 12, 8), future=True) == [
        (date(2006, 12, 11), date(2006, 12, 13))
    ]


def test_relative_days_and_clock_time():
    [mention] = find_dates("a forum tomorrow, which is to begin at 10am")
    assert resolve_mention(mention, date(2021, 2, 23)) == (date(2021, 2, 24), None)
    assert mention.start_time == time(10, 0)


def test_a_day_of_a_month_and_ranges_across_months():
    reference = date(2018, 9, 30)
    assert spans("on 28th -29th of September, the forum", reference) == [(date(2018, 9, 28), date(2018, 9, 29))]
    assert spans("on the 28th of September 2018", reference) == [(date(2018, 9, 28), None)]
    assert spans("runs from 30 September to 2 October 2019", reference) == [(date(2019, 9, 30), date(2019, 10, 2))]


def test_a_range_of_days_each_with_its_article() -> None:
    assert spans("to run from the 4th to the 7th of July", date(2010, 6, 11), future=True) == [
        (date(2010, 7, 4), date(2010, 7, 7))
    ]


def test_a_range_with_a_weekday_before_each_day() -> None:
    assert spans("to be held from Friday, 9 to Monday, 12 June 2023", date(2023, 3, 1), future=True) == [
        (date(2023, 6, 9), date(2023, 6, 12))
    ]
    assert spans("from Friday 9 to Monday 12 June", date(2023, 3, 1), future=True) == [
        (date(2023, 6, 9), date(2023, 6, 12))
    ]


def test_a_weekday_to_a_date_is_one_run() -> None:
    assert spans("the show will run from Thursday to March 30", date(2023, 3, 20), future=True) == [
        (date(2023, 3, 23), date(2023, 3, 30))
    ]
    assert spans("it opened on Monday and will close on March 30", date(2023, 3, 21)) == [
        (date(2023, 3, 20), None),
        (date(2023, 3, 30), None),
    ]


def test_numeric_dates_iso_and_day_first_with_dots():
    reference = date(2019, 1, 29)
    assert spans("the session on 2019-01-28 in Riga", reference) == [(date(2019, 1, 28), None)]
    assert spans("BC, Riga, 29.01.2019.", reference) == [(date(2019, 1, 29), None)]
    assert spans("version 1.2.2019x and 2019-13-40", reference) == []


def test_a_time_after_a_dated_line_is_no_range():
    assert spans("Published September 4th, 2002 - 02:00 GMT", date(2002, 9, 4)) == [(date(2002, 9, 4), None)]


def test_a_weekday_of_next_or_last_week():
    # 2021-11-18 is a Thursday
    assert spans("held on Wednesday next week", date(2021, 11, 18), future=True) == [(date(2021, 11, 24), None)]
    assert spans("met on Monday last week", date(2021, 11, 18)) == [(date(2021, 11, 8), None)]


def test_a_weekday_range_through_to():
    # 2011-09-30 is a Friday
    assert spans("From Sunday through to Wednesday", date(2011, 9, 30), future=True) == [
        (date(2011, 10, 2), date(2011, 10, 5))
    ]


def test_a_weekday_with_its_date_is_that_date() -> None:
    later = date(2023, 7, 19)  # weeks after: the weekday alone would be read as the Monday before this
    assert spans("opened in Lima on Monday, June 5, 2023.", later) == [(date(2023, 6, 5), None)]
    assert spans("opened on Tuesday, 6 June 2023, in Oslo", later) == [(date(2023, 6, 6), None)]
    assert spans("opens Monday (June 5)", later) == [(date(2023, 6, 5), None)]
    assert spans("June 5 (Monday) was the first day", later) == [(date(2023, 6, 5), None)]
    found = find_dates("from Friday, October 6, until Monday, October 9")
    assert [(m.start, m.end) for m in found] == [((None, 10, 6), (None, 10, 9))]


def test_a_year_after_a_range_is_the_year_of_its_first_day_too():
    reference = date(2023, 6, 26)
    assert spans("From May 3 to 5, 2024, the forum", reference) == [(date(2024, 5, 3), date(2024, 5, 5))]
    assert spans("from Dec. 30 to Jan. 2, 2024 in Oslo", reference) == [(date(2023, 12, 30), date(2024, 1, 2))]


def test_a_clock_time_with_a_dot_and_no_hour_past_twelve() -> None:
    [dotted] = find_dates("the seminar on May 8 at 10.30am to 12.15pm in the main hall")
    assert (dotted.start_time, dotted.end_time) == (time(10, 30), time(12, 15))
    [dashed] = find_dates("the seminar on May 8 at 10-30am in the main hall")
    assert dashed.start_time is None  # not 30 o'clock, read as 6 am


def test_a_weekday_with_the_day_of_its_month() -> None:
    # 2014-11-14 is a Friday; the 17th is the Monday after it
    reference = date(2014, 11, 14)
    assert spans("will meet on Monday 17 and Tuesday 18 at 10 am", reference, future=True) == [
        (date(2014, 11, 17), date(2014, 11, 18))
    ]
    assert spans("opens on Monday, the 17th, in the hall", reference, future=True) == [(date(2014, 11, 17), None)]
    assert spans("on Monday 17 people were hurt", reference) == [(date(2014, 11, 10), None)]  # the weekday alone
    assert spans("on Tuesday 17 and Wednesday 18", reference) == [None]  # no 17th near it is a Tuesday


def test_the_weekday_written_with_a_date_picks_its_year():
    # in March 2020, 'Wednesday July 7' is a day of 2021 (July 7, 2020 is a Tuesday)
    assert spans("from Wednesday July 7 to Saturday July 10", date(2020, 3, 19), future=True) == [
        (date(2021, 7, 7), date(2021, 7, 10))
    ]
    assert spans("on Tuesday, July 7", date(2020, 3, 19), future=True) == [(date(2020, 7, 7), None)]


def test_last_or_next_year_after_a_day_names_its_year() -> None:
    assert spans("since it took office on May 29 last year", date(2024, 7, 2), future=True) == [
        (date(2023, 5, 29), None)
    ]
    assert spans("the fair was first held on 3 March last year", date(2024, 7, 2)) == [(date(2023, 3, 3), None)]
    assert spans("the games open on July 24 next year", date(2019, 7, 24), future=True) == [(date(2020, 7, 24), None)]
    assert spans("the forum of June 5 this year", date(2024, 12, 1)) == [(date(2024, 6, 5), None)]
    assert spans("held on May 3, 2019 last year", date(2020, 5, 6)) == [(date(2019, 5, 3), None)]  # written year wins


def test_days_of_a_month_named_relative_to_the_report():
    reference = date(2013, 7, 19)
    assert spans("will be held on the 5th to the 7th of next month", reference, future=True) == [
        (date(2013, 8, 5), date(2013, 8, 7))
    ]
    assert spans("on the 25th of this month", reference, future=True) == [(date(2013, 7, 25), None)]
    assert spans("was held on the 3rd of last month", reference) == [(date(2013, 6, 3), None)]


def test_a_24_hour_range_after_from_gives_both_times() -> None:
    [day] = find_dates("the fair will be held on May 14 from 10:00 to 16:30 in the main hall")
    assert (day.start_time, day.end_time) == (time(10, 0), time(16, 30))
    [day] = find_dates("the fair runs on May 14 from 10:00 until 16:30")
    assert (day.start_time, day.end_time) == (time(10, 0), time(16, 30))
    [day] = find_dates("prices rose from 14.50 to 16.30 on May 14")  # no clock: the dotted form after 'from'
    assert (day.start_time, day.end_time) == (None, None)


def test_a_list_of_days_of_one_month_is_their_run() -> None:
    reference = date(2024, 5, 10)
    run = [(date(2024, 5, 14), date(2024, 5, 16))]
    assert spans("will be held on May 14, 15 and 16 in the city", reference, future=True) == run
    assert spans("will be held on May 14, 15, and 16.", reference, future=True) == run
    assert spans("will be held on 14, 15 and 16 May.", reference, future=True) == run
    assert spans("will be held on 14th, 15th and 16th May.", reference, future=True) == run
    assert spans("will be held on May 14, 15 and 16, 2025.", reference, future=True) == [
        (date(2025, 5, 14), date(2025, 5, 16))
    ]
    # days that are no run: the first of them opens it ('14 and 15 May' after '12,' is not its start)
    assert spans("sessions on 12, 19 and 26 May", reference, future=True) == [(date(2024, 5, 12), None)]
    assert spans("sessions on May 12, 19 and 26", reference, future=True) == [(date(2024, 5, 12), None)]


def test_the_week_of_a_day_is_no_day_and_the_weekend_of_days_is_those_days() -> None:
    reference = date(2024, 5, 10)
    assert spans("will be held during the week of May 13", reference, future=True) == []
    assert spans("will be held in the week of 13-17 May", reference, future=True) == [
        (date(2024, 5, 13), date(2024, 5, 17))
    ]
    assert spans("will be held over the weekend of May 18-19", reference, future=True) == [
        (date(2024, 5, 18), date(2024, 5, 19))
    ]


def test_a_morning_hour_in_24_hour_style_right_after_its_day_starts_it():
    # 'will be held … on August 15 at 9.30': no a.m., the dotted hour of a 24-hour text
    [dotted] = find_dates("The opening will be held in the main hall on September 12 at 9.30.")
    assert dotted.start_time == time(9, 30)
    [zero] = find_dates("The opening is set for 3 May, at 08:45, in the town hall.")
    assert zero.start_time == time(8, 45)


def test_an_evening_hour_or_a_figure_after_a_day_starts_nothing():
    # near misses: 'at 7:30' says neither half, 'at 9.30 per cent' is a rate
    [evening] = find_dates("The concert will be held on May 5 at 7:30 in the park.")
    assert evening.start_time is None
    [rate] = find_dates("The bank raised its rate on May 5 at 9.30 per cent.")
    assert rate.start_time is None


def test_the_part_of_the_day_between_a_day_and_its_hour_says_which_half() -> None:
    # 'Thursday morning, at 9:00': an hour with neither a.m. nor p.m. nor two digits, after the part of the day
    cases = [
        ("The forum was inaugurated in Hangzhou Thursday morning, at 9:00.", time(9, 0)),
        ("The summit opened in Riga on Monday morning at 9.30 with a speech.", time(9, 30)),
        ("The book fair will open on Friday afternoon at 2:30 in the city hall.", time(14, 30)),
        ("The gala dinner is on Saturday evening, at 7.45, at the museum.", time(19, 45)),
        ("The conference opens on May 5 in the morning at 8:15.", time(8, 15)),
    ]
    for text, clock in cases:
        assert [m.start_time for m in find_dates(text)][:1] == [clock], text


def test_a_year_after_in_dates_the_day_before_it():
    # 'sentenced … on June 9 in 2011', 'On January 19 in 2017, the HC upheld …': a past day read in the report's year
    reference = date(2021, 8, 10)
    assert spans("The court sentenced him on March 3 in 2015 in a theft case.", reference) == [(date(2015, 3, 3), None)]
    assert spans("On 19 January in 2017, the bench upheld it.", reference) == [(date(2017, 1, 19), None)]
    assert spans("The fair was held on May 3-5 in 2019.", reference) == [(date(2019, 5, 3), date(2019, 5, 5))]
    # near miss: a season's span of years is no year of the day
    assert spans("It opens on May 5 in 2020-21.", reference) == [(date(2021, 5, 5), None)]


def test_today_tomorrow_and_a_weekday_is_a_run_of_three_days():
    # 'When: Today, tomorrow and Monday' (a weekend guide of a Saturday): the fair ran to the Monday, not tomorrow
    assert spans("The fair runs today, tomorrow and Monday in the town.", date(2019, 8, 10)) == [
        (date(2019, 8, 10), date(2019, 8, 12))
    ]
    assert spans("The show is on today, tomorrow and Sunday at the showgrounds.", date(2024, 3, 1)) == [
        (date(2024, 3, 1), date(2024, 3, 3))
    ]
    assert spans("The regatta continues today, tomorrow, and Tuesday.", date(2023, 7, 2)) == [
        (date(2023, 7, 2), date(2023, 7, 4))
    ]
    # near miss: two days stay two
    assert spans("The fair runs today and tomorrow.", date(2019, 8, 10)) == [(date(2019, 8, 10), date(2019, 8, 11))]


def test_a_weekday_and_its_part_of_the_day_before_a_date_is_that_date():
    # 'will run from Thursday evening, August 22nd, through to Sunday 25th' (a report of July 24): read as the
    # Thursday of that week, a month early
    reference = date(2019, 7, 24)
    assert spans("The festival runs from Thursday evening, August 22nd, to Sunday 25th.", reference)[:1] == [
        (date(2019, 8, 22), None)
    ]
    assert spans("The fair opens on Friday evening, September 6th, in the square.", reference) == [
        (date(2019, 9, 6), None)
    ]
    assert spans("The show starts Saturday morning, 14 September, at the hall.", reference) == [
        (date(2019, 9, 14), None)
    ]
    # near miss: with no date after it, the weekday is this week's
    assert spans("The fair opens on Friday evening in the square.", reference, future=True) == [
        (date(2019, 7, 26), None)
    ]
