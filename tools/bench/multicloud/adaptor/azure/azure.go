// Package azure is the platform's Azure adaptor (armcompute).
package azure

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/compute/armcompute/v5"
)

// VMs lists the virtual machines of a resource group.
func VMs(ctx context.Context, subscription, group string, cred azcore.TokenCredential) ([]string, error) {
	c, err := armcompute.NewVirtualMachinesClient(subscription, cred, nil)
	if err != nil {
		return nil, err
	}
	var names []string
	for p := c.NewListPager(group, nil); p.More(); {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, vm := range page.Value {
			if vm.Name != nil {
				names = append(names, *vm.Name)
			}
		}
	}
	return names, nil
}
