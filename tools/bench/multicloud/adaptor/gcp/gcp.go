// Package gcp is the platform's Google Cloud adaptor (compute apiv1, REST).
package gcp

import (
	"context"

	compute "cloud.google.com/go/compute/apiv1"
	"cloud.google.com/go/compute/apiv1/computepb"
	"google.golang.org/api/iterator"
)

// Instances lists the instances of a zone.
func Instances(ctx context.Context, project, zone string) ([]string, error) {
	c, err := compute.NewInstancesRESTClient(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var names []string
	it := c.List(ctx, &computepb.ListInstancesRequest{Project: project, Zone: zone})
	for {
		i, err := it.Next()
		if err == iterator.Done {
			break
		}
		if err != nil {
			return nil, err
		}
		names = append(names, i.GetName())
	}
	return names, nil
}
