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
        icpcs_in_period.icpc_date,
        icpc_day.working_day_number - s47_day.working_day_number as working_days
    from icpcs_in_period
    left join calendar as s47_day
        on icpcs_in_period.s47_start_date = s47_day.date
    left join calendar as icpc_day
        on icpcs_in_period.icpc_date = icpc_day.date
),

-- Every count a period's headline, bands, volume and data quality need, in one pass over its ICPCs, counted
-- before the join that gives a period without ICPCs its row of zeros. Timed means working_days >= 0.
icpc_counts as (
    select
        period,
        count(*) as icpcs,
        count_if(working_days is null or working_days < 0) as before_s47_or_no_s47,
        count_if(working_days >= 0) as timed,
        count_if(working_days between 0 and 15) as within_15_days,
        count_if(working_days between 0 and 10) as band_0_10,
        count_if(working_days between 11 and 15) as band_11_15,
        count_if(working_days between 16 and 20) as band_16_20,
        count_if(working_days >= 21) as band_21_plus
    from durations
    group by period
),

totals as (
    -- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join first
    select /*+ broadcast(icpc_counts) */
        period.period,
        coalesce(icpc_counts.icpcs, 0) as icpcs,
        coalesce(icpc_counts.before_s47_or_no_s47, 0) as before_s47_or_no_s47,
        coalesce(icpc_counts.timed, 0) as timed,
        coalesce(icpc_counts.within_15_days, 0) as within_15_days,
        coalesce(icpc_counts.band_0_10, 0) as band_0_10,
        coalesce(icpc_counts.band_11_15, 0) as band_11_15,
        coalesce(icpc_counts.band_16_20, 0) as band_16_20,
        coalesce(icpc_counts.band_21_plus, 0) as band_21_plus
    from period
    left join icpc_counts
        on icpc_counts.period = period.period
),

-- SQL functions such as percent_of cannot be called inside inline(): the percentages are computed here.
rated_totals as (
    select
        totals.*,
        percent_of(within_15_days, timed) as within_15_days_percent,
        percent_of(band_0_10, timed) as band_0_10_percent,
        percent_of(band_11_15, timed) as band_11_15_percent,
        percent_of(band_16_20, timed) as band_16_20_percent,
        percent_of(band_21_plus, timed) as band_21_plus_percent
    from totals
),

-- The headline, bands, volume and data quality, all from the one row of totals per period (one select, so
-- the ICPCs are counted once: Spark would count them again for each select that read the totals).
headline_bands_and_volumes as (
    select rated_totals.period, counted.*
    from rated_totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', within_15_days,
            'denominator', timed, 'value', within_15_days_percent, 'unit', 'percent'),
        named_struct('breakdown', 'band', 'breakdown_value', '0-10', 'numerator', band_0_10,
            'denominator', timed, 'value', band_0_10_percent, 'unit', 'percent'),
        named_struct('breakdown', 'band', 'breakdown_value', '11-15', 'numerator', band_11_15,
            'denominator', timed, 'value', band_11_15_percent, 'unit', 'percent'),
        named_struct('breakdown', 'band', 'breakdown_value', '16-20', 'numerator', band_16_20,
            'denominator', timed, 'value', band_16_20_percent, 'unit', 'percent'),
        named_struct('breakdown', 'band', 'breakdown_value', '21+', 'numerator', band_21_plus,
            'denominator', timed, 'value', band_21_plus_percent, 'unit', 'percent'),
        named_struct('breakdown', 'volume', 'breakdown_value', 'icpcs', 'numerator', icpcs,
            'denominator', cast(null as bigint), 'value', cast(icpcs as double), 'unit', 'count'),
        named_struct('breakdown', 'data_quality', 'breakdown_value', 'icpc_before_s47_or_no_s47',
            'numerator', before_s47_or_no_s47, 'denominator', cast(null as bigint),
            'value', cast(before_s47_or_no_s47 as double), 'unit', 'count')
    )) counted
),

timed as (
    select
        durations.*,
        age_band(children.birth_month, durations.icpc_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from durations
    left join children
        on durations.child_id = children.child_id
    where durations.working_days >= 0
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

unioned as (
    select * from headline_bands_and_volumes
    union all select * from by_child
),

final as (
    select 'T5' as metric_id, unioned.*
    from unioned
)

select * from final
