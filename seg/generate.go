package seg

//go:generate go run ./internal/gendict -min 20 -out dict.txt.gz
