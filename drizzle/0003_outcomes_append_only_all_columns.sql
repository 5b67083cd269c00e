-- Every column of an outcome is fixed once recorded (the first trigger left the name, scope,
-- note, source date and quote offsets open); only superseded_by may be set, once.
DROP TRIGGER IF EXISTS outcomes_no_update;
--> statement-breakpoint
CREATE TRIGGER outcomes_no_update
BEFORE UPDATE ON outcomes
FOR EACH ROW
WHEN NEW.id IS NOT OLD.id
	OR NEW.region_code IS NOT OLD.region_code
	OR NEW.year IS NOT OLD.year
	OR NEW.indicator IS NOT OLD.indicator
	OR NEW.name IS NOT OLD.name
	OR NEW.scope IS NOT OLD.scope
	OR NEW.metric IS NOT OLD.metric
	OR NEW.value IS NOT OLD.value
	OR NEW.unit IS NOT OLD.unit
	OR NEW.estimated IS NOT OLD.estimated
	OR NEW.bound IS NOT OLD.bound
	OR NEW.source_report_id IS NOT OLD.source_report_id
	OR NEW.source_url IS NOT OLD.source_url
	OR NEW.source_quote IS NOT OLD.source_quote
	OR NEW.quote_start IS NOT OLD.quote_start
	OR NEW.quote_end IS NOT OLD.quote_end
	OR NEW.source_date IS NOT OLD.source_date
	OR NEW.note IS NOT OLD.note
	OR NEW.recorded_by IS NOT OLD.recorded_by
	OR NEW.recorded_at IS NOT OLD.recorded_at
	OR OLD.superseded_by IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'outcomes are append-only: record a new outcome that supersedes this one');
END;
