-- M1 Police missing episodes (metrics.md): episodes with reported_at in the period, the distinct
-- children they concern, and episodes per child (two decimal places), by risk grade, by age band at
-- the report, by sex and by ethnic group (child spine). Headline: numerator episodes, denominator
-- children, value the ratio.
with reporting_period as (
    select * from period
),

children as (
    select child_id, sex, ethnicity from int_child_spine
),

episodes as (
    select reporting_period.period, missing_episodes.*
    from int_police__missing_episodes as missing_episodes
    inner join reporting_period
        on missing_episodes.reported_date
            between reporting_period.period_start_date and reporting_period.period_end_date
),

-- The headline counts, counted before the join that gives a period without episodes its row of zeros.
episode_counts as (
    select period, count(*) as episodes, count(distinct child_id) as children
    from episodes
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
headline as (
    select /*+ broadcast(episode_counts) */
        reporting_period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        coalesce(episode_counts.episodes, 0) as episodes,
        coalesce(episode_counts.children, 0) as children
    from reporting_period
    left join episode_counts
        on episode_counts.period = reporting_period.period
),

-- Only the breakdowns need the child spine, so only they join it.
described as (
    select
        episodes.*,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from episodes
    left join children
        on children.child_id = episodes.child_id
),

-- Every breakdown in one pass over the episodes (one select per breakdown would read them once each).
by_episode as (
    select
        described.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count(*) as episodes,
        count(distinct described.child_id) as children
    from described
    lateral view inline(array(
        named_struct('breakdown', 'risk_grade', 'breakdown_value', described.risk_grade),
        named_struct('breakdown', 'age_band', 'breakdown_value', described.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', described.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', described.ethnic_group)
    )) dimensions
    group by described.period, dimensions.breakdown, dimensions.breakdown_value
),

counted as (
    select * from headline
    union all
    select * from by_episode
),

tidy as (
    select
        'M1' as metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.episodes as numerator,
        counted.children as denominator,
        ratio_of(counted.episodes, counted.children) as value,
        'ratio' as unit
    from counted
)

select * from tidy
