-- The major ethnic group of a DfE ethnicity code (CIN census Ethnicity, SSDA903 ETHNIC), as the DfE's
-- children's social care statistics group them: white (W...), mixed (M...), asian (A..., and CHNE
-- Chinese), black (B...), other (OOTH); refused (REFU), not obtained (NOBT) or blank are unknown.
create or replace temporary function ethnic_group(ethnicity string)
returns string
return
    case
        when ethnicity in ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM') then 'white'
        when ethnicity in ('MWBC', 'MWBA', 'MWAS', 'MOTH') then 'mixed'
        when ethnicity in ('AIND', 'APKN', 'ABAN', 'AOTH', 'CHNE') then 'asian'
        when ethnicity in ('BCRB', 'BAFR', 'BOTH') then 'black'
        when ethnicity = 'OOTH' then 'other'
        else 'unknown'
    end
