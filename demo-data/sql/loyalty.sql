-- Stand-in for LS_Postgres_Loyalty (PostgreSQL "loyalty"); public.members is members.
CREATE TABLE members (member_id INTEGER PRIMARY KEY, email TEXT NOT NULL, tier TEXT NOT NULL, points INTEGER NOT NULL, joined_on TEXT);
INSERT INTO members VALUES (1001, 'ana@example.com', 'Gold', 12840, '2020-02-14');
INSERT INTO members VALUES (1002, 'li@example.com', 'Silver', 4310, '2022-06-01');
INSERT INTO members VALUES (1003, 'sam@example.com', 'Bronze', 220, '2025-12-24');
