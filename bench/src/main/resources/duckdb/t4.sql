-- T4 assessments authorised in the period (metrics.md): % authorised within 45 working days of their start,
-- wd(assessment start, authorisation) <= 45, overall, by the DfE's bands and by age band at the authorisation, sex
-- and ethnic group; the median and quartiles in working days (T4_median, T4_lower_quartile, T4_upper_quartile),
-- and T4r, the same clock started at the episode's referral. An authorisation before its start, or with no start, is
-- a data-quality finding: counted in the volume, left out of the rate, bands, quartiles and breakdowns.
with authorised as (
    select
        a.child_id,
        a.assessment_authorised_date,
        done.working_day_number - started.working_day_number as working_days,
        done.working_day_number - referred.working_day_number as working_days_from_referral
    from int_cin__assessments a
    join period p on a.assessment_authorised_date between p.period_start_date and p.period_end_date
    left join int_calendar started on started.date = a.assessment_start_date
    left join int_calendar referred on referred.date = a.referral_date
    left join int_calendar done on done.date = a.assessment_authorised_date
),

timed as (
    select * from authorised where working_days >= 0
),

dfe_bands(band, first_day, last_day) as (
    values ('same day', 0, 0), ('1-10', 1, 10), ('11-20', 11, 20), ('21-30', 21, 30), ('31-40', 31, 40),
        ('41-45', 41, 45), ('46-50', 46, 50), ('51-60', 51, 60), ('61+', 61, null)
),

headline as (
    select 'T4' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        count(*) filter (where working_days <= 45) as numerator, count(*) as denominator
    from timed
),

-- Every band, with 0 assessments when none fell in it, out of all timed assessments.
by_band as (
    select 'T4' as metric_id, 'band' as breakdown, b.band as breakdown_value,
        count(t.working_days) as numerator, (select count(*) from timed) as denominator
    from dfe_bands b
    left join timed t on t.working_days >= b.first_day and (b.last_day is null or t.working_days <= b.last_day)
    group by b.band
),

by_child as (
    select 'T4' as metric_id, breakdown, breakdown_value,
        count(*) filter (where working_days <= 45) as numerator, count(*) as denominator
    from (
        unpivot (
            select t.working_days,
                age_band(c.birth_month, t.assessment_authorised_date) as age_band,
                coalesce(c.sex, 'unknown') as sex,
                ethnic_group(c.ethnicity) as ethnic_group
            from timed t
            left join int_child_spine c on c.child_id = t.child_id
        ) on age_band, sex, ethnic_group into name breakdown value breakdown_value)
    group by breakdown, breakdown_value
),

from_referral as (
    select 'T4r' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        count(*) filter (where working_days_from_referral between 0 and 45) as numerator,
        count(*) filter (where working_days_from_referral >= 0) as denominator
    from authorised
),

percentages as (
    select *, percent_of(numerator, denominator) as value from headline
    union all select *, percent_of(numerator, denominator) from by_band
    union all select *, percent_of(numerator, denominator) from by_child
    union all select *, percent_of(numerator, denominator) from from_referral
),

-- Counts: the value is the count itself, with no denominator.
counts as (
    select 'T4' as metric_id, 'volume' as breakdown, 'assessments_authorised' as breakdown_value,
        count(*) as numerator, null::bigint as denominator, count(*)::double as value
    from authorised
    union all
    select 'T4', 'data_quality', 'authorised_before_start_or_no_start',
        count(*) filter (where working_days is null or working_days < 0), null,
        (count(*) filter (where working_days is null or working_days < 0))::double
    from authorised
),

-- The quartiles interpolated between the two nearest timed assessments, in working days to one decimal place.
quartiles as (
    select count(*) as timed, quantile_cont(working_days, [0.25, 0.5, 0.75]) as cuts
    from timed
),

working_days as (
    select 'T4_lower_quartile' as metric_id, 'all' as breakdown, 'all' as breakdown_value,
        null::bigint as numerator, timed as denominator, round(cuts[1], 1) as value
    from quartiles
    union all select 'T4_median', 'all', 'all', null, timed, round(cuts[2], 1) from quartiles
    union all select 'T4_upper_quartile', 'all', 'all', null, timed, round(cuts[3], 1) from quartiles
)

select * from percentages
union all select * from counts
union all select * from working_days
