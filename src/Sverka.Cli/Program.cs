Console.WriteLine("sverka");
