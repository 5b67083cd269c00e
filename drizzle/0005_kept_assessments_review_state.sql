CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`commitment_id` integer PRIMARY KEY NOT NULL,
	`region_code` text NOT NULL,
	`year` integer NOT NULL,
	`headline` integer NOT NULL,
	`indicator` text NOT NULL,
	`metric` text NOT NULL,
	`status` text NOT NULL,
	`actual` real,
	`actual_bound` text,
	`actual_estimated` integer NOT NULL,
	`outcome_id` integer,
	`reference` real,
	`gap` real,
	`attainment` real,
	`decimals` integer,
	`gap_decimals` integer,
	`reason` text NOT NULL,
	`judged` integer NOT NULL,
	`reviewed` integer NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assessments_region_year_idx` ON `assessments` (`region_code`,`year`);--> statement-breakpoint
CREATE INDEX `assessments_year_status_idx` ON `assessments` (`year`,`status`,`headline`,`metric`,`gap`);--> statement-breakpoint
CREATE TABLE `fulfilment_counts` (
	`region_code` text NOT NULL,
	`year` integer NOT NULL,
	`headline` integer NOT NULL,
	`reviewed` integer NOT NULL,
	`met` integer NOT NULL,
	`exceeded` integer NOT NULL,
	`missed` integer NOT NULL,
	`pending` integer NOT NULL,
	`unassessable` integer NOT NULL,
	PRIMARY KEY(`region_code`, `year`, `headline`, `reviewed`),
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `fulfilment_counts_year_idx` ON `fulfilment_counts` (`year`,`headline`);--> statement-breakpoint
CREATE TABLE `region_years` (
	`region_code` text NOT NULL,
	`year` integer NOT NULL,
	`commitments` integer NOT NULL,
	`outcomes` integer NOT NULL,
	`unreviewed` integer NOT NULL,
	PRIMARY KEY(`region_code`, `year`),
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `commitments_report_idx`;--> statement-breakpoint
ALTER TABLE `commitments` ADD `review_state` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
ALTER TABLE `commitments` ADD `reviewed_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `commitments` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `commitments` ADD `guesses` text;--> statement-breakpoint
CREATE INDEX `commitments_report_idx` ON `commitments` (`source_report_id`,`review_state`);--> statement-breakpoint
DROP INDEX `outcomes_report_idx`;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `review_state` text DEFAULT 'reviewed' NOT NULL;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `reviewed_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `outcomes` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `outcomes` ADD `guesses` text;--> statement-breakpoint
CREATE INDEX `outcomes_latest_idx` ON `outcomes` (`recorded_at`,`id`) WHERE "outcomes"."superseded_by" IS NULL;--> statement-breakpoint
CREATE INDEX `outcomes_report_idx` ON `outcomes` (`source_report_id`,`review_state`);--> statement-breakpoint
DROP INDEX `reports_region_idx`;--> statement-breakpoint
ALTER TABLE `reports` ADD `source_note` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `region_name` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `fingerprint` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `reviewed_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `reports` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `reports` ADD `views` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `reports_created_idx` ON `reports` (`created_at`);--> statement-breakpoint
CREATE INDEX `reports_region_idx` ON `reports` (`region_code`,`plan_year`);--> statement-breakpoint
-- An outcome's figure and source stay fixed; who checked it (review_state, reviewed_by,
-- reviewed_at) may be set later, also on a superseded row. superseded_by is set once.
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
	OR NEW.guesses IS NOT OLD.guesses
	OR (OLD.superseded_by IS NOT NULL AND NEW.superseded_by IS NOT OLD.superseded_by)
BEGIN
	SELECT RAISE(ABORT, 'outcomes are append-only: record a new outcome that supersedes this one');
END;
