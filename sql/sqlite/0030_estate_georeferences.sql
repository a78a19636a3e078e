-- 0030 (as sql/postgres/0030): where each estate's site plan lies, for the GeoJSON export.
CREATE TABLE estate_georeferences (
    estate_id INTEGER PRIMARY KEY REFERENCES estates (id),
    longitude_e7 INTEGER NOT NULL CHECK (longitude_e7 BETWEEN -1800000000 AND 1800000000),
    latitude_e7 INTEGER NOT NULL CHECK (latitude_e7 BETWEEN -850000000 AND 850000000),
    rotation_millidegrees INTEGER NOT NULL CHECK (rotation_millidegrees BETWEEN -360000 AND 360000),
    set_on TEXT NOT NULL CHECK (date(set_on) IS set_on),
    set_by TEXT NOT NULL CHECK (length(set_by) BETWEEN 1 AND 200)
) STRICT;
