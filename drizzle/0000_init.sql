CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`region_code` text,
	`before` text,
	`after` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_code` text NOT NULL,
	`year` integer NOT NULL,
	`indicator` text NOT NULL,
	`name` text NOT NULL,
	`scope` text,
	`metric` text NOT NULL,
	`comparator` text NOT NULL,
	`value` real,
	`stretch` real,
	`unit` text,
	`relative_to` text,
	`headline` integer NOT NULL,
	`binding` text,
	`quote` text NOT NULL,
	`report_id` integer,
	`quote_start` integer,
	`quote_end` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`relative_to`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitments_region_year_idx` ON `commitments` (`region_code`,`year`);--> statement-breakpoint
CREATE INDEX `commitments_report_idx` ON `commitments` (`report_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`code` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`default_unit` text NOT NULL,
	`higher_is_better` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_code` text NOT NULL,
	`year` integer NOT NULL,
	`indicator` text NOT NULL,
	`name` text NOT NULL,
	`scope` text,
	`metric` text NOT NULL,
	`value` real,
	`unit` text,
	`estimated` integer NOT NULL,
	`bound` text,
	`source_report_id` integer,
	`source_url` text,
	`source_quote` text NOT NULL,
	`quote_start` integer,
	`quote_end` integer,
	`source_date` text,
	`note` text,
	`recorded_by` integer,
	`recorded_at` integer NOT NULL,
	`superseded_by` integer,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator`) REFERENCES `indicators`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`superseded_by`) REFERENCES `outcomes`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outcomes_has_source" CHECK("outcomes"."source_report_id" IS NOT NULL OR "outcomes"."source_url" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `outcomes_region_year_idx` ON `outcomes` (`region_code`,`year`,`indicator`);--> statement-breakpoint
CREATE INDEX `outcomes_report_idx` ON `outcomes` (`source_report_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	FOREIGN KEY (`parent_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `regions_name_idx` ON `regions` (`name`);--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent_code`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_code` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`date` text,
	`review_year` integer,
	`plan_year` integer,
	`source_url` text,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_content_hash_unique` ON `reports` (`content_hash`);--> statement-breakpoint
CREATE INDEX `reports_region_idx` ON `reports` (`region_code`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'viewer' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);