// expect: none
package main

import (
	"fmt"
	"math"
)

const earthRadiusKm = 6371.0

type Point struct{ Lat, Lon float64 }

func rad(d float64) float64 { return d * math.Pi / 180 }

func haversine(a, b Point) float64 {
	dLat := rad(b.Lat - a.Lat)
	dLon := rad(b.Lon - a.Lon)
	h := math.Pow(math.Sin(dLat/2), 2) + math.Cos(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Pow(math.Sin(dLon/2), 2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(h))
}

func bearing(a, b Point) float64 {
	y := math.Sin(rad(b.Lon-a.Lon)) * math.Cos(rad(b.Lat))
	x := math.Cos(rad(a.Lat))*math.Sin(rad(b.Lat)) - math.Sin(rad(a.Lat))*math.Cos(rad(b.Lat))*math.Cos(rad(b.Lon-a.Lon))
	return math.Mod(math.Atan2(y, x)*180/math.Pi+360, 360)
}

func main() {
	paris, berlin := Point{48.8566, 2.3522}, Point{52.52, 13.405}
	fmt.Printf("%.1f km, bearing %.1f\n", haversine(paris, berlin), bearing(paris, berlin))
}
