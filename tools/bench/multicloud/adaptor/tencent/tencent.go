// Package tencent is the platform's Tencent Cloud adaptor (CVM).
package tencent

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
)

// Instances lists the CVM instances of a region.
func Instances(secretID, secretKey, region string) ([]string, error) {
	c, err := cvm.NewClient(common.NewCredential(secretID, secretKey), region, profile.NewClientProfile())
	if err != nil {
		return nil, err
	}
	resp, err := c.DescribeInstances(cvm.NewDescribeInstancesRequest())
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, i := range resp.Response.InstanceSet {
		if i.InstanceId != nil {
			ids = append(ids, *i.InstanceId)
		}
	}
	return ids, nil
}
