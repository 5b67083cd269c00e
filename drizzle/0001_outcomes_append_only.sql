-- Outcomes are append-only: a figure, once recorded, is never changed in place.
-- Only superseded_by may be set (and only once), when a newer row replaces this one.
CREATE TRIGGER outcomes_no_update
BEFORE UPDATE ON outcomes
FOR EACH ROW
WHEN NEW.id IS NOT OLD.id
	OR NEW.region_code IS NOT OLD.region_code
	OR NEW.year IS NOT OLD.year
	OR NEW.indicator IS NOT OLD.indicator
	OR NEW.metric IS NOT OLD.metric
	OR NEW.value IS NOT OLD.value
	OR NEW.unit IS NOT OLD.unit
	OR NEW.estimated IS NOT OLD.estimated
	OR NEW.bound IS NOT OLD.bound
	OR NEW.source_report_id IS NOT OLD.source_report_id
	OR NEW.source_url IS NOT OLD.source_url
	OR NEW.source_quote IS NOT OLD.source_quote
	OR NEW.recorded_by IS NOT OLD.recorded_by
	OR NEW.recorded_at IS NOT OLD.recorded_at
	OR OLD.superseded_by IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'outcomes are append-only: record a new outcome that supersedes this one');
END;
--> statement-breakpoint
CREATE TRIGGER outcomes_no_delete
BEFORE DELETE ON outcomes
FOR EACH ROW
BEGIN
	SELECT RAISE(ABORT, 'outcomes are append-only: they are never deleted');
END;
