#define BOOST_TEST_MODULE extract
#include <boost/test/unit_test.hpp>
