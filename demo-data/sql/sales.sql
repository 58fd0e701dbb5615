-- Stand-in for LS_AzureSql_Sales (Azure SQL Database "sales"). SQLite has no schemas: dbo tables keep their
-- name, tables of other schemas are <schema>_<table> (docs/connectors.md).
CREATE TABLE DimStore (StoreId TEXT PRIMARY KEY, StoreName TEXT NOT NULL, City TEXT, Region TEXT, OpenedOn TEXT);
INSERT INTO DimStore VALUES ('S001', 'Contoso Seattle Downtown', 'Seattle', 'West', '2015-03-01');
INSERT INTO DimStore VALUES ('S002', 'Contoso Redmond Town Center', 'Redmond', 'West', '2016-07-15');
INSERT INTO DimStore VALUES ('S003', 'Contoso Chicago Loop', 'Chicago', 'Central', '2018-11-02');
INSERT INTO DimStore VALUES ('S004', 'Contoso Boston Back Bay', 'Boston', 'East', '2019-05-20');
INSERT INTO DimStore VALUES ('S005', 'Contoso Austin Domain', 'Austin', 'South', '2021-09-09');
CREATE TABLE FactSales (SaleId INTEGER PRIMARY KEY, StoreId TEXT NOT NULL, SaleDate TEXT NOT NULL, Sku TEXT NOT NULL, Quantity INTEGER NOT NULL, Amount REAL NOT NULL);
INSERT INTO FactSales VALUES (1, 'S001', '2026-11-24', 'SKU-1001', 2, 39.98);
INSERT INTO FactSales VALUES (2, 'S001', '2026-11-24', 'SKU-2040', 1, 249.00);
INSERT INTO FactSales VALUES (3, 'S002', '2026-11-24', 'SKU-1001', 5, 99.95);
INSERT INTO FactSales VALUES (4, 'S003', '2026-11-24', 'SKU-3300', 3, 74.97);
INSERT INTO FactSales VALUES (5, 'S004', '2026-11-24', 'SKU-2040', 2, 498.00);
INSERT INTO FactSales VALUES (6, 'S005', '2026-11-24', 'SKU-1001', 1, 19.99);
CREATE TABLE DimLoyaltyMember (MemberId INTEGER PRIMARY KEY, Tier TEXT NOT NULL, JoinedOn TEXT, HomeStoreId TEXT);
INSERT INTO DimLoyaltyMember VALUES (1001, 'Gold', '2020-02-14', 'S001');
INSERT INTO DimLoyaltyMember VALUES (1002, 'Silver', '2022-06-01', 'S003');
INSERT INTO DimLoyaltyMember VALUES (1003, 'Bronze', '2025-12-24', 'S005');
CREATE TABLE fin_RetailLedger (EntryId INTEGER PRIMARY KEY, StoreId TEXT, Account TEXT, PostedOn TEXT, Amount REAL);
INSERT INTO fin_RetailLedger VALUES (1, 'S001', '4000-Sales', '2026-11-24', 288.98);
INSERT INTO fin_RetailLedger VALUES (2, 'S002', '4000-Sales', '2026-11-24', 99.95);
CREATE TABLE etl_Watermark (TableName TEXT PRIMARY KEY, WatermarkValue TEXT NOT NULL);
INSERT INTO etl_Watermark VALUES ('FactSales', '2026-11-23T23:59:59Z');
INSERT INTO etl_Watermark VALUES ('DimStore', '2026-11-01T00:00:00Z');
