-- 4,000 characters as people count them can be more UTF-16 units than that (H2 counts units).
alter table complaint alter column description set data type varchar(8000);
