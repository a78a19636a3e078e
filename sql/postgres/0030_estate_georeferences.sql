-- 0030: where each estate's site plan lies (issue 18, item 6): the plan's origin in WGS 84, in
-- ten-millionths of a degree, and the bearing of its y axis in thousandths of a degree, so that
-- plot outlines in local metres can be exported as GeoJSON. One per estate, set or replaced.
CREATE TABLE estate_georeferences (
    estate_id integer PRIMARY KEY REFERENCES estates (id),
    longitude_e7 bigint NOT NULL CHECK (longitude_e7 BETWEEN -1800000000 AND 1800000000),
    latitude_e7 bigint NOT NULL CHECK (latitude_e7 BETWEEN -850000000 AND 850000000),
    rotation_millidegrees integer NOT NULL CHECK (rotation_millidegrees BETWEEN -360000 AND 360000),
    set_on date NOT NULL,
    set_by text NOT NULL CHECK (length(set_by) BETWEEN 1 AND 200)
);
