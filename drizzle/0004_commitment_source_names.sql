-- Commitments and outcomes name their quote and its report alike: source_quote, source_report_id.
ALTER TABLE `commitments` RENAME COLUMN `report_id` TO `source_report_id`;--> statement-breakpoint
ALTER TABLE `commitments` RENAME COLUMN `quote` TO `source_quote`;
