-- The age bands of the standard breakdowns (metrics.md conventions): whole years at the event.
-- Joined on age rather than written as a case in each model, so that the bands are said once.
with age_bands as (
    select *
    from values
        ('0-4', 0, 4),
        ('5-9', 5, 9),
        ('10-15', 10, 15),
        ('16-17', 16, 17)
        as bands (age_band, from_age, to_age)
)

select * from age_bands
