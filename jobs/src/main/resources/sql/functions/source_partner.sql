-- The partner a CIN referral-source code stands for (metrics.md T2; codes in statutory-facts.md §1):
-- police 6; health 3A-3F; education 2A-2B; local authority 5A-5D; individuals 1A-1D; other 4, 7, 8, 9, 10.
create or replace temporary function source_partner(referral_source string)
returns string
return
    case
        when referral_source = '6' then 'police'
        when referral_source in ('3A', '3B', '3C', '3D', '3E', '3F') then 'health'
        when referral_source in ('2A', '2B') then 'education'
        when referral_source in ('5A', '5B', '5C', '5D') then 'local_authority'
        when referral_source in ('1A', '1B', '1C', '1D') then 'individuals'
        when referral_source in ('4', '7', '8', '9', '10') then 'other'
        else 'unknown'
    end
