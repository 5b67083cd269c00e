ALTER TABLE `reports` ADD `unreviewed` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `reports_queue_oldest_idx` ON `reports` (`created_at`,`id`) WHERE "reports"."unreviewed" > 0 AND "reports"."reviewed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `reports_queue_viewed_idx` ON `reports` (`views`,`id`) WHERE "reports"."unreviewed" > 0 AND "reports"."reviewed_at" IS NULL;--> statement-breakpoint
UPDATE `reports` SET `unreviewed` =
	(SELECT count(*) FROM `commitments` c WHERE c.`source_report_id` = `reports`.`id` AND c.`review_state` = 'machine')
	+ (SELECT count(*) FROM `outcomes` o WHERE o.`source_report_id` = `reports`.`id` AND o.`review_state` = 'machine');
