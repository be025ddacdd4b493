-- The rule of adoption of the charter becomes an active rule, enacted with the others
-- (rule_set is read by the rules module; the column is added here with the charter's change)
alter table rule_set add column adoption_rule varchar(30) default 'ALL' not null;

-- The rule of adoption that governs a version, fixed when it is proposed: the one in force then
alter table charter_version add column adoption_rule varchar(30);
update charter_version set adoption_rule = 'ALL' where status <> 'DRAFT';
