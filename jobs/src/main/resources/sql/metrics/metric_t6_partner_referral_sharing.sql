-- T6 Police and health referrals created in the period with a shared time: % shared with children's
-- services within 1 working day, wd(created_at date, shared_at date) <= 1. A referral shared before it was
-- created is a data-quality finding, left out of the rate. Referrals not (yet) shared are counted as a volume.
-- Breakdowns of the rate: partner, concern, age band at creation.

with period as (
    select * from period
),

partner_referrals as (
    select * from int_partner_referrals
),

calendar as (
    select * from int_calendar
),

children as (
    select child_id, birth_month from int_child_spine
),

created_in_period as (
    select period.period, partner_referrals.*
    from partner_referrals
    inner join period
        on to_date(partner_referrals.created_at) between period.period_start_date and period.period_end_date
),

shared_referrals as (
    select
        created_in_period.period,
        created_in_period.child_id,
        created_in_period.partner,
        coalesce(created_in_period.concern, 'unknown') as concern,
        created_in_period.created_date,
        created_in_period.shared_at is not null as is_shared,
        shared_day.working_day_number - created_day.working_day_number as working_days
    from created_in_period
    left join calendar as created_day
        on created_in_period.created_date = created_day.date
    left join calendar as shared_day
        on to_date(created_in_period.shared_at) = shared_day.date
),

-- Every count a period's headline and volumes need, in one pass over its referrals, counted before the join
-- that gives a period without referrals its row of zeros.
referral_counts as (
    select
        period,
        count(*) as created,
        count_if(not is_shared) as not_shared,
        count_if(is_shared and working_days >= 0) as timed,
        count_if(is_shared and working_days between 0 and 1) as within_one_day,
        count_if(is_shared and working_days < 0) as shared_before_created
    from shared_referrals
    group by period
),

totals as (
    -- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join first
    select /*+ broadcast(referral_counts) */
        period.period,
        coalesce(referral_counts.created, 0) as created,
        coalesce(referral_counts.not_shared, 0) as not_shared,
        coalesce(referral_counts.timed, 0) as timed,
        coalesce(referral_counts.within_one_day, 0) as within_one_day,
        coalesce(referral_counts.shared_before_created, 0) as shared_before_created,
        percent_of(coalesce(referral_counts.within_one_day, 0), coalesce(referral_counts.timed, 0))
            as within_one_day_percent
    from period
    left join referral_counts
        on referral_counts.period = period.period
),

-- The headline and volumes, all from the one row of totals per period (one select, so the referrals are
-- counted once: Spark would count them again for each select that read totals). SQL functions such as
-- percent_of cannot be called inside inline(), so totals computes the percentage.
headline_and_volumes as (
    select totals.period, counted.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', within_one_day,
            'denominator', timed, 'value', within_one_day_percent, 'unit', 'percent'),
        named_struct('breakdown', 'volume', 'breakdown_value', 'created', 'numerator', created,
            'denominator', cast(null as bigint), 'value', cast(created as double), 'unit', 'count'),
        named_struct('breakdown', 'volume', 'breakdown_value', 'not_shared', 'numerator', not_shared,
            'denominator', cast(null as bigint), 'value', cast(not_shared as double), 'unit', 'count'),
        named_struct('breakdown', 'data_quality', 'breakdown_value', 'shared_before_created',
            'numerator', shared_before_created, 'denominator', cast(null as bigint),
            'value', cast(shared_before_created as double), 'unit', 'count')
    )) counted
),

timed as (
    select
        shared_referrals.*,
        age_band(children.birth_month, shared_referrals.created_date) as age_band
    from shared_referrals
    left join children
        on shared_referrals.child_id = children.child_id
    where shared_referrals.is_shared and shared_referrals.working_days >= 0
),

by_referral as (
    select
        timed.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(timed.working_days <= 1) as numerator,
        count(*) as denominator,
        percent_of(count_if(timed.working_days <= 1), count(*)) as value,
        'percent' as unit
    from timed
    lateral view inline(array(
        named_struct('breakdown', 'partner', 'breakdown_value', timed.partner),
        named_struct('breakdown', 'concern', 'breakdown_value', timed.concern),
        named_struct('breakdown', 'age_band', 'breakdown_value', timed.age_band)
    )) dimensions
    group by timed.period, dimensions.breakdown, dimensions.breakdown_value
),

unioned as (
    select * from headline_and_volumes
    union all select * from by_referral
),

final as (
    select 'T6' as metric_id, unioned.*
    from unioned
)

select * from final
