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

-- Each partner file's children in each period, flagged by the file that holds them, distributed by child: the
-- aggregate by period and child and the join with the spine below keep that layout, so the children are shuffled
-- once (grouped by period and child first, they were shuffled again for the join).
partner_children as (
    select period.period, missing_episodes.child_id, true as in_police_missing_episodes,
        false as in_police_referrals, false as in_health_referrals
    from stg_police__missing_episodes as missing_episodes
    inner join period
        on to_date(missing_episodes.reported_at) between period.period_start_date and period.period_end_date
    union all
    select period.period, police_referrals.child_id, false, true, false
    from stg_police__referrals as police_referrals
    inner join period
        on to_date(police_referrals.created_at) between period.period_start_date and period.period_end_date
    union all
    select period.period, health_referrals.child_id, false, false, true
    from stg_health__referrals as health_referrals
    inner join period
        on to_date(health_referrals.created_at) between period.period_start_date and period.period_end_date
    distribute by child_id
),

-- Each period's partner children once, with which of the three files hold them: the spine is joined once a
-- child, and a child in several files counts once in the headline. Flags, not collect_set(partner_file): a
-- set per child is an object for every group (an object hash aggregate), where a flag is a byte; at England
-- size that aggregate was half Q2's CPU.
children_in_period as (
    select
        period,
        child_id,
        max(in_police_missing_episodes) as in_police_missing_episodes,
        max(in_police_referrals) as in_police_referrals,
        max(in_health_referrals) as in_health_referrals
    from partner_children
    group by period, child_id
),

linked as (
    select
        children_in_period.*,
        coalesce(spine.is_known_to_csc, false) as is_known_to_csc
    from children_in_period
    left join spine
        on children_in_period.child_id = spine.child_id
),

-- The headline ('all') and each file's children, in one aggregate counted before the join with period: each
-- child is counted under 'all' and under each of its files.
linkage_counts as (
    select
        linked.period,
        counted_in.breakdown_value,
        count_if(linked.is_known_to_csc) as known_children,
        count(*) as children
    from linked
    lateral view explode(filter(array(
        'all',
        if(linked.in_police_missing_episodes, 'police/missing_episodes.csv', null),
        if(linked.in_police_referrals, 'police/referrals.csv', null),
        if(linked.in_health_referrals, 'health/referrals.csv', null)
    ), partner_file -> partner_file is not null)) counted_in as breakdown_value
    group by linked.period, counted_in.breakdown_value
),

-- One join with period, so the children are counted once (Spark would count them again for each select that
-- read linkage_counts): a period without partner children gets its headline of zeros, and a file has a row
-- only in the periods it has children in.
counted as (
    -- broadcast: a few count rows per period; without the hint Spark shuffles period for a sort-merge join.
    select /*+ broadcast(linkage_counts) */
        period.period,
        if(coalesce(linkage_counts.breakdown_value, 'all') = 'all', 'all', 'partner_file') as breakdown,
        coalesce(linkage_counts.breakdown_value, 'all') as breakdown_value,
        coalesce(linkage_counts.known_children, 0) as numerator,
        coalesce(linkage_counts.children, 0) as denominator
    from period
    left join linkage_counts
        on linkage_counts.period = period.period
),

final as (
    select
        'Q2' as metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from final
