package billing

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// Region is an AWS region, listed beside Huawei Cloud's in the console.
type Region struct {
	Name     string `json:"RegionName"`
	Endpoint string `json:"Endpoint"`
}

// describeRegions asks AWS, not CBC: its request names another host, so it
// gets no SSA body, nor does regionNames, which only calls it.
func describeRegions(hc *http.Client, region string) ([]Region, error) {
	url := fmt.Sprintf("https://ec2.%s.amazonaws.com/?Action=DescribeRegions&Version=2016-11-15", region)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("DescribeRegions: %s", resp.Status)
	}
	var out struct{ Regions []Region }
	return out.Regions, json.NewDecoder(resp.Body).Decode(&out)
}

func regionNames(hc *http.Client) ([]string, error) {
	regions, err := describeRegions(hc, "us-east-1")
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(regions))
	for _, r := range regions {
		names = append(names, r.Name)
	}
	return names, nil
}
