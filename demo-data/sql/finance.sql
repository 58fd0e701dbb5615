-- Stand-in for LS_SqlServer_Finance (on-premises SQL Server "Ledger", reached through SHIR-Shared-Finance).
CREATE TABLE gl_RetailLedger (EntryId INTEGER PRIMARY KEY, StoreId TEXT, Account TEXT, PostedOn TEXT, Debit REAL, Credit REAL);
INSERT INTO gl_RetailLedger VALUES (1, 'S001', '1100-Cash', '2026-11-24', 288.98, 0);
INSERT INTO gl_RetailLedger VALUES (2, 'S001', '4000-Sales', '2026-11-24', 0, 288.98);
INSERT INTO gl_RetailLedger VALUES (3, 'S002', '1100-Cash', '2026-11-24', 99.95, 0);
INSERT INTO gl_RetailLedger VALUES (4, 'S002', '4000-Sales', '2026-11-24', 0, 99.95);
