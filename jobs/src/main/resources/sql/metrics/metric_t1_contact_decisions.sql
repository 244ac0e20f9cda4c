-- T1 Contacts received in the period with a decision by the period end: % decided within 1 working day,
-- wd(received_at date, decision_at date) <= 1 (statutory-facts.md §3). A decision dated before its receipt
-- is a data-quality finding, left out of the rate. Contacts received in the period still awaiting a decision
-- at the period end (no decision_at, or one after the period end) are counted separately, as a volume.
-- Breakdowns of the rate: source partner (sql/functions/source_partner.sql), decision, age band, sex,
-- ethnic group.

with period as (
    select * from period
),

-- Each contact's dates worked out once: to_date of a timestamp is a time-zone lookup, and the join with
-- period tests a contact against every period.
contacts as (
    select
        child_id,
        source,
        decision,
        to_date(received_at) as received_date,
        to_date(decision_at) as decision_date
    from stg_csc__contacts
),

calendar as (
    select * from int_calendar
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

received_in_period as (
    select
        period.period,
        contacts.*,
        contacts.decision_date is not null and contacts.decision_date <= period.period_end_date as is_decided
    from contacts
    inner join period
        on contacts.received_date between period.period_start_date and period.period_end_date
),

timed_contacts as (
    select
        received_in_period.period,
        received_in_period.child_id,
        received_in_period.received_date,
        received_in_period.is_decided,
        decided_day.working_day_number - received_day.working_day_number as working_days,
        source_partner(received_in_period.source) as source_partner,
        coalesce(received_in_period.decision, 'unknown') as decision
    from received_in_period
    left join calendar as received_day
        on received_in_period.received_date = received_day.date
    left join calendar as decided_day
        on received_in_period.decision_date = decided_day.date
),

-- Every count a period's headline and volumes need, in one pass over its contacts, counted before the join
-- that gives a period without contacts its row of zeros.
contact_counts as (
    select
        period,
        count(*) as received,
        count_if(not is_decided) as awaiting_decision,
        count_if(is_decided and working_days >= 0) as timed,
        count_if(is_decided and working_days between 0 and 1) as within_one_day,
        count_if(is_decided and working_days < 0) as decided_before_received
    from timed_contacts
    group by period
),

totals as (
    -- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join first
    select /*+ broadcast(contact_counts) */
        period.period,
        coalesce(contact_counts.received, 0) as received,
        coalesce(contact_counts.awaiting_decision, 0) as awaiting_decision,
        coalesce(contact_counts.timed, 0) as timed,
        coalesce(contact_counts.within_one_day, 0) as within_one_day,
        coalesce(contact_counts.decided_before_received, 0) as decided_before_received,
        percent_of(coalesce(contact_counts.within_one_day, 0), coalesce(contact_counts.timed, 0))
            as within_one_day_percent
    from period
    left join contact_counts
        on contact_counts.period = period.period
),

-- The headline and volumes, all from the one row of totals per period (one select, so the contacts are
-- counted once: Spark would count them again for each select that read totals). SQL functions such as
-- percent_of cannot be called inside inline(), so totals computes the percentage.
headline_and_volumes as (
    select totals.period, counted.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', within_one_day,
            'denominator', timed, 'value', within_one_day_percent, 'unit', 'percent'),
        named_struct('breakdown', 'volume', 'breakdown_value', 'received', 'numerator', received,
            'denominator', cast(null as bigint), 'value', cast(received as double), 'unit', 'count'),
        named_struct('breakdown', 'volume', 'breakdown_value', 'awaiting_decision_at_period_end',
            'numerator', awaiting_decision, 'denominator', cast(null as bigint),
            'value', cast(awaiting_decision as double), 'unit', 'count'),
        named_struct('breakdown', 'data_quality', 'breakdown_value', 'decided_before_received',
            'numerator', decided_before_received, 'denominator', cast(null as bigint),
            'value', cast(decided_before_received as double), 'unit', 'count')
    )) counted
),

timed as (
    select
        timed_contacts.*,
        age_band(children.birth_month, timed_contacts.received_date) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from timed_contacts
    left join children
        on timed_contacts.child_id = children.child_id
    where timed_contacts.is_decided and timed_contacts.working_days >= 0
),

by_contact as (
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
        named_struct('breakdown', 'source_partner', 'breakdown_value', timed.source_partner),
        named_struct('breakdown', 'decision', 'breakdown_value', timed.decision),
        named_struct('breakdown', 'age_band', 'breakdown_value', timed.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', timed.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', timed.ethnic_group)
    )) dimensions
    group by timed.period, dimensions.breakdown, dimensions.breakdown_value
),

unioned as (
    select * from headline_and_volumes
    union all select * from by_contact
),

final as (
    select 'T1' as metric_id, unioned.*
    from unioned
)

select * from final
