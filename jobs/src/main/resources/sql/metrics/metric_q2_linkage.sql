-- Q2 Linkage: of the children in the police missing-episode, police referral and health referral files
-- with an event in the period, the % found in children's services data of any delivered year (the child
-- spine's is_known_to_csc: CIN census, SSDA903, contacts or return interviews). Headline over distinct
-- children of the three files together; one row per file.

with period as (
    select * from period
),

spine as (
    select child_id, is_known_to_csc from int_child_spine
),

partner_children as (
    select period.period, 'police/missing_episodes.csv' as partner_file, missing_episodes.child_id
    from stg_police__missing_episodes as missing_episodes
    inner join period
        on to_date(missing_episodes.reported_at) between period.period_start_date and period.period_end_date
    union all
    select period.period, 'police/referrals.csv', police_referrals.child_id
    from stg_police__referrals as police_referrals
    inner join period
        on to_date(police_referrals.created_at) between period.period_start_date and period.period_end_date
    union all
    select period.period, 'health/referrals.csv', health_referrals.child_id
    from stg_health__referrals as health_referrals
    inner join period
        on to_date(health_referrals.created_at) between period.period_start_date and period.period_end_date
),

linked as (
    select distinct
        partner_children.period,
        partner_children.partner_file,
        partner_children.child_id,
        coalesce(spine.is_known_to_csc, false) as is_known_to_csc
    from partner_children
    left join spine
        on partner_children.child_id = spine.child_id
),

headline as (
    select
        period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count(distinct case when linked.is_known_to_csc then linked.child_id end) as numerator,
        count(distinct linked.child_id) as denominator,
        percent_of(count(distinct case when linked.is_known_to_csc then linked.child_id end),
            count(distinct linked.child_id)) as value,
        'percent' as unit
    from period
    left join linked
        on linked.period = period.period
    group by period.period
),

by_file as (
    select
        period,
        'partner_file' as breakdown,
        partner_file as breakdown_value,
        count_if(is_known_to_csc) as numerator,
        count(*) as denominator,
        percent_of(count_if(is_known_to_csc), count(*)) as value,
        'percent' as unit
    from linked
    group by period, partner_file
),

unioned as (
    select * from headline
    union all select * from by_file
),

final as (
    select 'Q2' as metric_id, unioned.*
    from unioned
)

select * from final
