-- 0002: a plain index on leases.plot_id, for the occupancy figures computed in SQL (one look-up
-- per plot of the leases in force on a date).
CREATE INDEX leases_plot ON leases (plot_id);
