-- T5 section 47 enquiries whose initial child protection conference (ICPC) is in the period (metrics.md): % held
-- within 15 working days of the S47 start, wd(S47 start, ICPC) <= 15, overall, by band and by age band at the
-- ICPC, sex and ethnic group. An ICPC before its S47 start, or with no start, counts as an ICPC and as data
-- quality, but not in the rate, bands or breakdowns.
with icpcs as (
    select
        s.child_id,
        s.icpc_date,
        held.working_day_number - started.working_day_number as working_days
    from int_cin__section47s s
    join period p on s.icpc_date between p.period_start_date and p.period_end_date
    left join int_calendar started on started.date = s.s47_start_date
    left join int_calendar held on held.date = s.icpc_date
),

timed as (
    select * from icpcs where working_days >= 0
),

bands(band, first_day, last_day) as (
    values ('0-10', 0, 10), ('11-15', 11, 15), ('16-20', 16, 20), ('21+', 21, null)
),

headline as (
    select 'all' as breakdown, 'all' as breakdown_value,
        count(*) filter (where working_days <= 15) as numerator, count(*) as denominator
    from timed
),

-- Every band, with 0 ICPCs when none fell in it, out of all timed ICPCs.
by_band as (
    select 'band' as breakdown, b.band as breakdown_value,
        count(t.working_days) as numerator, (select count(*) from timed) as denominator
    from bands b
    left join timed t on t.working_days >= b.first_day and (b.last_day is null or t.working_days <= b.last_day)
    group by b.band
),

by_child as (
    select breakdown, breakdown_value,
        count(*) filter (where working_days <= 15) as numerator, count(*) as denominator
    from (
        unpivot (
            select t.working_days,
                age_band(c.birth_month, t.icpc_date) as age_band,
                coalesce(c.sex, 'unknown') as sex,
                ethnic_group(c.ethnicity) as ethnic_group
            from timed t
            left join int_child_spine c on c.child_id = t.child_id
        ) on age_band, sex, ethnic_group into name breakdown value breakdown_value)
    group by breakdown, breakdown_value
),

percentages as (
    select *, percent_of(numerator, denominator) as value from headline
    union all select *, percent_of(numerator, denominator) from by_band
    union all select *, percent_of(numerator, denominator) from by_child
),

-- Counts: the value is the count itself, with no denominator.
counts as (
    select 'volume' as breakdown, 'icpcs' as breakdown_value,
        count(*) as numerator, null::bigint as denominator, count(*)::double as value
    from icpcs
    union all
    select 'data_quality', 'icpc_before_s47_or_no_s47',
        count(*) filter (where working_days is null or working_days < 0), null,
        (count(*) filter (where working_days is null or working_days < 0))::double
    from icpcs
),

counted as (
    select * from percentages
    union all
    select * from counts
)

select 'T5' as metric_id, * from counted
