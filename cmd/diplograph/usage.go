package main

import "errors"

func isUsage(err error) bool { return errors.Is(err, errUsage) }
