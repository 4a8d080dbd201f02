/** The days of the week, Monday first, as opening hours name them (schema.org `dayOfWeek` takes the same names). */
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
