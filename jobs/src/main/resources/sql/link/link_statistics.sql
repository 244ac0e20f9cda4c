-- Linkage statistics of the child spine: how many children each partner knows, and how many of the
-- children police and health know are also known to children's services (the joined view is the point).

with spine as (
    select * from int_child_spine
),

counts as (
    select
        count(*) as children,
        count_if(is_known_to_csc) as known_to_csc,
        count_if(is_in_police) as in_police,
        count_if(is_in_health) as in_health,
        count_if(is_in_police and is_known_to_csc) as police_known_to_csc,
        count_if(is_in_health and is_known_to_csc) as health_known_to_csc,
        count_if(is_in_police and is_in_health and is_known_to_csc) as known_to_all_three
    from spine
)

select * from counts
