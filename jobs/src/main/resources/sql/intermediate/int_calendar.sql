-- One row per date of the bank-holiday file's years, with a running count of working days.
-- Working days are Monday to Friday less England and Wales bank holidays (statutory-facts.md §4), so
-- wd(a, b) = b.working_day_number - a.working_day_number counts the working days d with a < d <= b
-- (start exclusive, end inclusive: the same day is 0, Friday to Monday is 1).

with bank_holidays as (
    select distinct holiday_date from bank_holidays
),

bounds as (
    select
        make_date(min(year(holiday_date)), 1, 1) as first_date,
        make_date(max(year(holiday_date)), 12, 31) as last_date
    from bank_holidays
),

dates as (
    select explode(sequence(first_date, last_date, interval 1 day)) as date
    from bounds
),

flagged as (
    select
        dates.date,
        dayofweek(dates.date) not in (1, 7) and bank_holidays.holiday_date is null as is_working_day
    from dates
    left join bank_holidays
        on dates.date = bank_holidays.holiday_date
),

numbered as (
    select
        date,
        is_working_day,
        cast(sum(case when is_working_day then 1 else 0 end)
            over (order by date rows between unbounded preceding and current row) as int) as working_day_number
    from flagged
)

select * from numbered
