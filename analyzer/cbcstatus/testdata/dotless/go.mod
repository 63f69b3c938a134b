module billing

go 1.24
