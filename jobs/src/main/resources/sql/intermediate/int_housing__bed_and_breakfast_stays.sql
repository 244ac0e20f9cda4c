-- Each household's continuous bed-and-breakfast stays (statutory-facts.md §3a): the household's B&B
-- placements (one row per child, so taken once per household and dates) joined where the next one
-- starts on or before the day the last one ended, so that a move between B&Bs does not restart the
-- 6-week clock. stay_end_date is null while the household is still in B&B.
with placements as (
    select distinct household_id, placed_date, left_date
    from stg_housing__temporary_accommodation
    where accommodation_type = 'bed_and_breakfast'
),

with_previous_end as (
    select
        placements.*,
        max(coalesce(left_date, date '9999-12-31')) over (
            partition by household_id
            order by placed_date, left_date
            rows between unbounded preceding and 1 preceding) as previous_left_date
    from placements
),

stay_starts as (
    select
        with_previous_end.*,
        case when previous_left_date is null or placed_date > previous_left_date then 1 else 0 end as is_new_stay
    from with_previous_end
),

numbered as (
    select
        stay_starts.*,
        sum(is_new_stay) over (
            partition by household_id
            order by placed_date, left_date
            rows between unbounded preceding and current row) as stay_number
    from stay_starts
),

stays as (
    select
        household_id,
        min(placed_date) as stay_start_date,
        nullif(max(coalesce(left_date, date '9999-12-31')), date '9999-12-31') as stay_end_date
    from numbered
    group by household_id, stay_number
)

select * from stays
