-- T3 re-referrals: referrals in the period with an earlier referral of the same child in the 12 months before.
with in_period as (
    select r.child_id, r.referral_date
    from int_cin__referrals r, period p
    where r.referral_date between p.period_start_date and p.period_end_date
),
flagged as (
    select exists (
        select 1 from int_cin__referrals e
        where e.child_id = i.child_id
          and e.referral_date < i.referral_date
          and e.referral_date >= i.referral_date - interval 12 month) as is_re_referral
    from in_period i
)
select count(*) filter (where is_re_referral) as numerator, count(*) as denominator from flagged
