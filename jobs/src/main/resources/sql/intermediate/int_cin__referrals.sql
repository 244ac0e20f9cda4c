-- CIN referral episodes, one row per episode (child_id, referral_date). An episode open across two
-- census years appears in both years' files: the file with the later reference_date wins (extracts.md).
-- Within the winning file, a repeated episode keeps its first row (by source file and line).

-- Distributed by child before the window (which it satisfies), so that the view is already laid out as its
-- bucketed write wants it: one shuffle, not two (bench/README.md item 42).
with referrals as (
    select * from stg_cin__referrals
    distribute by child_id
),

ranked as (
    select
        *,
        row_number() over (
            partition by child_id, referral_date
            order by reference_date desc, source_file, source_line
        ) as file_rank
    from referrals
),

winners as (
    select
        child_id,
        referral_date,
        referral_source,
        primary_need_code,
        closure_date,
        closure_reason,
        is_referral_nfa,
        initial_cpc_date,
        reference_date
    from ranked
    where file_rank = 1
)

select * from winners
