-- Children aged 0-17 in the area in the period's population year: the sum of the four age bands,
-- the denominator of every rate per 10,000 (extracts.md, reference data). Null when the year is missing.
with reporting_period as (
    select * from period
),

bands as (
    select population.age_band, population.population
    from population
    inner join reporting_period
        on population.year = reporting_period.population_year
),

total as (
    select sum(population) as population
    from bands
)

select * from total
