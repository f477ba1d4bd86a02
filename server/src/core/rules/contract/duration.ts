/** Art. 46 al. 1: the dirigeant cannot authorise an on-demand contract of more than 5 years. */
export const ON_DEMAND_MONTHS = 60;
