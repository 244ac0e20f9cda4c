-- T5 Section 47 enquiries whose initial child protection conference (ICPC) is in the period: % held within
-- 15 working days of the S47 start, wd(s47_start_date, icpc_date) <= 15 (statutory-facts.md §3). An ICPC
-- dated before its S47 start (DfE rule 8615), or with no S47 start, is counted as an ICPC but left out of
-- the rate and the bands, and reported as data quality.
-- Rows: T5 headline; bands 0-10, 11-15, 16-20, 21+; age band, sex and ethnic group; ICPC volume; data quality.

with period as (
    select * from period
),

section47s as (
    select * from int_cin__section47s
),

calendar as (
    select * from int_calendar
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

bands as (
    select * from values
        (0, 10, '0-10'), (11, 15, '11-15'), (16, 20, '16-20'), (21, 2147483647, '21+')
        as bands(low, high, band)
),

icpcs_in_period as (
    select period.period, section47s.*
    from section47s
    inner join period
        on section47s.icpc_date between period.period_start_date and period.period_end_date
),

durations as (
    select
        icpcs_in_period.period,
        icpcs_in_period.child_id,
        icpc_day.working_day_number - s47_day.working_day_number as working_days,
        age_band(children.birth_month, icpcs_in_period.icpc_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from icpcs_in_period
    left join calendar as s47_day
        on icpcs_in_period.s47_start_date = s47_day.date
    left join calendar as icpc_day
        on icpcs_in_period.icpc_date = icpc_day.date
    left join children
        on icpcs_in_period.child_id = children.child_id
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
        timed_totals.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(timed.working_days <= 15) as numerator,
        max(timed_totals.timed_count) as denominator,
        percent_of(count_if(timed.working_days <= 15), max(timed_totals.timed_count)) as value,
        'percent' as unit
    from timed_totals
    left join timed
        on timed.period = timed_totals.period
    group by timed_totals.period
),

by_child as (
    select
        timed.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(timed.working_days <= 15) as numerator,
        count(*) as denominator,
        percent_of(count_if(timed.working_days <= 15), count(*)) as value,
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
    select period.period, durations.period is not null as has_icpc, durations.working_days
    from period
    left join durations
        on durations.period = period.period
),

volumes as (
    select
        period,
        'volume' as breakdown,
        'icpcs' as breakdown_value,
        count_if(has_icpc) as numerator,
        cast(null as bigint) as denominator,
        cast(count_if(has_icpc) as double) as value,
        'count' as unit
    from period_durations
    group by period
    union all
    select period, 'data_quality', 'icpc_before_s47_or_no_s47',
        count_if(has_icpc and (working_days is null or working_days < 0)), null,
        cast(count_if(has_icpc and (working_days is null or working_days < 0)) as double), 'count'
    from period_durations
    group by period
),

unioned as (
    select * from headline
    union all select * from by_child
    union all select * from by_band
    union all select * from volumes
),

final as (
    select 'T5' as metric_id, unioned.*
    from unioned
)

select * from final
