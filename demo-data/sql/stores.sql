-- Stand-in for LS_SqlServer_Stores (on-premises SQL Server "Stores", reached through SHIR-Corp).
CREATE TABLE Stores (StoreId TEXT PRIMARY KEY, StoreName TEXT NOT NULL, Manager TEXT, Phone TEXT, SquareFeet INTEGER);
INSERT INTO Stores VALUES ('S001', 'Contoso Seattle Downtown', 'Ana Bowman', '+1 206 555 0101', 12500);
INSERT INTO Stores VALUES ('S002', 'Contoso Redmond Town Center', 'Li Wei', '+1 425 555 0102', 9800);
INSERT INTO Stores VALUES ('S003', 'Contoso Chicago Loop', 'Sam Ortiz', '+1 312 555 0103', 15200);
INSERT INTO Stores VALUES ('S004', 'Contoso Boston Back Bay', 'Priya Nair', '+1 617 555 0104', 8700);
INSERT INTO Stores VALUES ('S005', 'Contoso Austin Domain', 'Jo Park', '+1 512 555 0105', 11000);
