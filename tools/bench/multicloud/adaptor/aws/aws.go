// Package aws is the platform's AWS adaptor (aws-sdk-go-v2, EC2).
package aws

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
)

// Instances lists the EC2 instances of a region.
func Instances(ctx context.Context, cfg aws.Config) ([]string, error) {
	c := ec2.NewFromConfig(cfg)
	var ids []string
	p := ec2.NewDescribeInstancesPaginator(c, &ec2.DescribeInstancesInput{})
	for p.HasMorePages() {
		out, err := p.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range out.Reservations {
			for _, i := range r.Instances {
				ids = append(ids, aws.ToString(i.InstanceId))
			}
		}
	}
	return ids, nil
}
