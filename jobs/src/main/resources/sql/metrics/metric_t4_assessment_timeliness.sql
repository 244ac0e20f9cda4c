-- T4 Assessments authorised in the period: % within 45 working days of the assessment's start,
-- wd(assessment_start_date, assessment_authorised_date) <= 45 (statutory-facts.md §3; DfE statistics clock
-- it from start to authorisation). An authorisation before its start (or with no start) is a data-quality
-- finding: left out of the rate, medians and bands, but counted in the volume.
-- Rows: T4 headline; T4 by DfE band, age band, sex and ethnic group; T4 volume and data quality; T4_median,
-- T4_lower_quartile, T4_upper_quartile (working days); T4r, the same clock started at the episode's
-- referral date, as Working Together words it.

with period as (
    select * from period
),

assessments as (
    select * from int_cin__assessments
),

calendar as (
    select * from int_calendar
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

bands as (
    select * from values
        (0, 0, 'same day'), (1, 10, '1-10'), (11, 20, '11-20'), (21, 30, '21-30'), (31, 40, '31-40'),
        (41, 45, '41-45'), (46, 50, '46-50'), (51, 60, '51-60'), (61, 2147483647, '61+')
        as bands(low, high, band)
),

authorised_in_period as (
    select period.period, assessments.*
    from assessments
    inner join period
        on assessments.assessment_authorised_date between period.period_start_date and period.period_end_date
),

durations as (
    select
        authorised_in_period.period,
        authorised_in_period.child_id,
        authorised_end.working_day_number - assessment_start.working_day_number as working_days,
        authorised_end.working_day_number - referral_start.working_day_number as working_days_from_referral,
        age_band(children.birth_month, authorised_in_period.assessment_authorised_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from authorised_in_period
    left join calendar as assessment_start
        on authorised_in_period.assessment_start_date = assessment_start.date
    left join calendar as referral_start
        on authorised_in_period.referral_date = referral_start.date
    left join calendar as authorised_end
        on authorised_in_period.assessment_authorised_date = authorised_end.date
    left join children
        on authorised_in_period.child_id = children.child_id
),

timed as (
    select * from durations where working_days >= 0
),

timed_totals as (
    select period.period, count(timed.period) as timed_count
    from period
    left join timed
        on timed.period = period.period
    group by period.period
),

headline as (
    select
        'T4' as metric_id,
        timed_totals.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(timed.working_days <= 45) as numerator,
        max(timed_totals.timed_count) as denominator,
        percent_of(count_if(timed.working_days <= 45), max(timed_totals.timed_count)) as value,
        'percent' as unit
    from timed_totals
    left join timed
        on timed.period = timed_totals.period
    group by timed_totals.period
),

by_child as (
    select
        'T4' as metric_id,
        timed.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(timed.working_days <= 45) as numerator,
        count(*) as denominator,
        percent_of(count_if(timed.working_days <= 45), count(*)) as value,
        'percent' as unit
    from timed
    lateral view inline(array(
        named_struct('breakdown', 'age_band', 'breakdown_value', timed.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', timed.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', timed.ethnic_group)
    )) dimensions
    group by timed.period, dimensions.breakdown, dimensions.breakdown_value
),

by_band as (
    select
        'T4' as metric_id,
        timed_totals.period,
        'band' as breakdown,
        bands.band as breakdown_value,
        count(timed.working_days) as numerator,
        max(timed_totals.timed_count) as denominator,
        percent_of(count(timed.working_days), max(timed_totals.timed_count)) as value,
        'percent' as unit
    from bands
    cross join timed_totals
    left join timed
        on timed.period = timed_totals.period
        and timed.working_days between bands.low and bands.high
    group by timed_totals.period, bands.band
),

period_durations as (
    select period.period, durations.period is not null as authorised, durations.working_days
    from period
    left join durations
        on durations.period = period.period
),

volumes as (
    select
        'T4' as metric_id,
        period,
        'volume' as breakdown,
        'assessments_authorised' as breakdown_value,
        count_if(authorised) as numerator,
        cast(null as bigint) as denominator,
        cast(count_if(authorised) as double) as value,
        'count' as unit
    from period_durations
    group by period
    union all
    select
        'T4',
        period,
        'data_quality',
        'authorised_before_start_or_no_start',
        count_if(authorised and (working_days is null or working_days < 0)),
        null,
        cast(count_if(authorised and (working_days is null or working_days < 0)) as double),
        'count'
    from period_durations
    group by period
),

quartiles as (
    select
        timed_totals.period,
        percentile(timed.working_days, array(0.25, 0.5, 0.75)) as cuts,
        max(timed_totals.timed_count) as timed_count
    from timed_totals
    left join timed
        on timed.period = timed_totals.period
    group by timed_totals.period
),

medians as (
    select 'T4_median' as metric_id, period, 'all' as breakdown, 'all' as breakdown_value,
        cast(null as bigint) as numerator, timed_count as denominator, round(cuts[1], 1) as value,
        'working_days' as unit
    from quartiles
    union all
    select 'T4_lower_quartile', period, 'all', 'all', null, timed_count, round(cuts[0], 1), 'working_days'
    from quartiles
    union all
    select 'T4_upper_quartile', period, 'all', 'all', null, timed_count, round(cuts[2], 1), 'working_days'
    from quartiles
),

from_referral as (
    select
        'T4r' as metric_id,
        period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(durations.working_days_from_referral <= 45) as numerator,
        count(durations.period) as denominator,
        percent_of(count_if(durations.working_days_from_referral <= 45), count(durations.period)) as value,
        'percent' as unit
    from period
    left join durations
        on durations.period = period.period
        and durations.working_days_from_referral >= 0
    group by period.period
),

unioned as (
    select * from headline
    union all select * from by_child
    union all select * from by_band
    union all select * from volumes
    union all select * from medians
    union all select * from from_referral
)

select * from unioned
