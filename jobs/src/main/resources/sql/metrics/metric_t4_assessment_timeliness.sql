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
        authorised_in_period.assessment_authorised_date,
        authorised_end.working_day_number - assessment_start.working_day_number as working_days,
        authorised_end.working_day_number - referral_start.working_day_number as working_days_from_referral
    from authorised_in_period
    left join calendar as assessment_start
        on authorised_in_period.assessment_start_date = assessment_start.date
    left join calendar as referral_start
        on authorised_in_period.referral_date = referral_start.date
    left join calendar as authorised_end
        on authorised_in_period.assessment_authorised_date = authorised_end.date
),

-- Every count and quartile a period's headline, DfE bands, volumes, quartiles and T4r need, in one pass over
-- its assessments, counted before the join that gives a period without assessments its row of zeros. Timed
-- means working_days >= 0 (null and negative durations are left out of the rate, bands and quartiles).
assessment_counts as (
    select
        period,
        count(*) as authorised,
        count_if(working_days is null or working_days < 0) as before_start_or_no_start,
        count_if(working_days >= 0) as timed,
        count_if(working_days between 0 and 45) as within_45_days,
        count_if(working_days = 0) as band_same_day,
        count_if(working_days between 1 and 10) as band_1_10,
        count_if(working_days between 11 and 20) as band_11_20,
        count_if(working_days between 21 and 30) as band_21_30,
        count_if(working_days between 31 and 40) as band_31_40,
        count_if(working_days between 41 and 45) as band_41_45,
        count_if(working_days between 46 and 50) as band_46_50,
        count_if(working_days between 51 and 60) as band_51_60,
        count_if(working_days >= 61) as band_61_plus,
        percentile(working_days, array(0.25, 0.5, 0.75)) filter (where working_days >= 0) as cuts,
        count_if(working_days_from_referral >= 0) as timed_from_referral,
        count_if(working_days_from_referral between 0 and 45) as within_45_days_from_referral
    from durations
    group by period
),

-- A period without timed assessments keeps null quartiles (not zeros): not_applicable later.
totals as (
    -- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join first
    select /*+ broadcast(assessment_counts) */
        period.period,
        coalesce(assessment_counts.authorised, 0) as authorised,
        coalesce(assessment_counts.before_start_or_no_start, 0) as before_start_or_no_start,
        coalesce(assessment_counts.timed, 0) as timed,
        coalesce(assessment_counts.within_45_days, 0) as within_45_days,
        coalesce(assessment_counts.band_same_day, 0) as band_same_day,
        coalesce(assessment_counts.band_1_10, 0) as band_1_10,
        coalesce(assessment_counts.band_11_20, 0) as band_11_20,
        coalesce(assessment_counts.band_21_30, 0) as band_21_30,
        coalesce(assessment_counts.band_31_40, 0) as band_31_40,
        coalesce(assessment_counts.band_41_45, 0) as band_41_45,
        coalesce(assessment_counts.band_46_50, 0) as band_46_50,
        coalesce(assessment_counts.band_51_60, 0) as band_51_60,
        coalesce(assessment_counts.band_61_plus, 0) as band_61_plus,
        assessment_counts.cuts,
        coalesce(assessment_counts.timed_from_referral, 0) as timed_from_referral,
        coalesce(assessment_counts.within_45_days_from_referral, 0) as within_45_days_from_referral
    from period
    left join assessment_counts
        on assessment_counts.period = period.period
),

-- SQL functions such as percent_of cannot be called inside inline(): the percentages and rounded quartiles
-- are computed here.
rated_totals as (
    select
        totals.*,
        percent_of(within_45_days, timed) as within_45_days_percent,
        percent_of(band_same_day, timed) as band_same_day_percent,
        percent_of(band_1_10, timed) as band_1_10_percent,
        percent_of(band_11_20, timed) as band_11_20_percent,
        percent_of(band_21_30, timed) as band_21_30_percent,
        percent_of(band_31_40, timed) as band_31_40_percent,
        percent_of(band_41_45, timed) as band_41_45_percent,
        percent_of(band_46_50, timed) as band_46_50_percent,
        percent_of(band_51_60, timed) as band_51_60_percent,
        percent_of(band_61_plus, timed) as band_61_plus_percent,
        round(cuts[0], 1) as lower_quartile,
        round(cuts[1], 1) as median,
        round(cuts[2], 1) as upper_quartile,
        percent_of(within_45_days_from_referral, timed_from_referral) as within_45_days_from_referral_percent
    from totals
),

-- The headline, bands, volumes, quartiles and T4r, all from the one row of totals per period (one select, so
-- the assessments are counted once: Spark would count them again for each select that read the totals).
headline_bands_and_volumes as (
    select rated_totals.period, counted.*
    from rated_totals
    lateral view inline(array(
        named_struct('metric_id', 'T4', 'breakdown', 'all', 'breakdown_value', 'all',
            'numerator', within_45_days, 'denominator', timed, 'value', within_45_days_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', 'same day',
            'numerator', band_same_day, 'denominator', timed, 'value', band_same_day_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '1-10',
            'numerator', band_1_10, 'denominator', timed, 'value', band_1_10_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '11-20',
            'numerator', band_11_20, 'denominator', timed, 'value', band_11_20_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '21-30',
            'numerator', band_21_30, 'denominator', timed, 'value', band_21_30_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '31-40',
            'numerator', band_31_40, 'denominator', timed, 'value', band_31_40_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '41-45',
            'numerator', band_41_45, 'denominator', timed, 'value', band_41_45_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '46-50',
            'numerator', band_46_50, 'denominator', timed, 'value', band_46_50_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '51-60',
            'numerator', band_51_60, 'denominator', timed, 'value', band_51_60_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'band', 'breakdown_value', '61+',
            'numerator', band_61_plus, 'denominator', timed, 'value', band_61_plus_percent, 'unit', 'percent'),
        named_struct('metric_id', 'T4', 'breakdown', 'volume', 'breakdown_value', 'assessments_authorised',
            'numerator', authorised, 'denominator', cast(null as bigint), 'value', cast(authorised as double),
            'unit', 'count'),
        named_struct('metric_id', 'T4', 'breakdown', 'data_quality',
            'breakdown_value', 'authorised_before_start_or_no_start', 'numerator', before_start_or_no_start,
            'denominator', cast(null as bigint), 'value', cast(before_start_or_no_start as double),
            'unit', 'count'),
        named_struct('metric_id', 'T4_median', 'breakdown', 'all', 'breakdown_value', 'all',
            'numerator', cast(null as bigint), 'denominator', timed, 'value', median, 'unit', 'working_days'),
        named_struct('metric_id', 'T4_lower_quartile', 'breakdown', 'all', 'breakdown_value', 'all',
            'numerator', cast(null as bigint), 'denominator', timed, 'value', lower_quartile,
            'unit', 'working_days'),
        named_struct('metric_id', 'T4_upper_quartile', 'breakdown', 'all', 'breakdown_value', 'all',
            'numerator', cast(null as bigint), 'denominator', timed, 'value', upper_quartile,
            'unit', 'working_days'),
        named_struct('metric_id', 'T4r', 'breakdown', 'all', 'breakdown_value', 'all',
            'numerator', within_45_days_from_referral, 'denominator', timed_from_referral,
            'value', within_45_days_from_referral_percent, 'unit', 'percent')
    )) counted
),

timed as (
    select
        durations.*,
        age_band(children.birth_month, durations.assessment_authorised_date) as age_band,
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
        'T4' as metric_id,
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

unioned as (
    select * from headline_bands_and_volumes
    union all select * from by_child
),

final as (
    select unioned.metric_id, unioned.period, unioned.breakdown, unioned.breakdown_value, unioned.numerator,
        unioned.denominator, unioned.value, unioned.unit
    from unioned
)

select * from final
